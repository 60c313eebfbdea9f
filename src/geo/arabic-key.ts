/**
 * Keys for place names written in Arabic script ("كفر نبل", "تل ملح"). Spellings of one name differ in
 * short-vowel marks, hamza seats, tā' marbūṭa and the article; those are folded, and each letter is then
 * written as one character of [a-z0-9] so the key tables (which hold ASCII keys) can store it. The
 * leading "0" keeps these keys apart from Latin ones: no Latin name key starts with a digit and a letter
 * sequence like these.
 */
const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/;
const MARKS_AND_TATWEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u0640]/g;
const FOLD: Readonly<Record<string, string>> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ة': 'ه', 'ى': 'ي', 'ؤ': 'و', 'ئ': 'ي', 'ی': 'ي', 'ک': 'ك', 'ء': '',
};
// One ASCII character per letter; the choice only has to be stable and distinct.
const LETTER_CODE: Readonly<Record<string, string>> = {
  'ا': 'a', 'ب': 'b', 'ت': 't', 'ث': '1', 'ج': 'j', 'ح': '2', 'خ': 'x', 'د': 'd', 'ذ': '3', 'ر': 'r',
  'ز': 'z', 'س': 's', 'ش': '4', 'ص': '5', 'ض': '6', 'ط': '7', 'ظ': '8', 'ع': 'e', 'غ': 'g', 'ف': 'f',
  'ق': 'q', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'و': 'w', 'ي': 'y', 'پ': 'p', 'چ': 'c',
  'ژ': '9', 'گ': 'v',
};
const ARTICLE = 'ال';

export function hasArabic(name: string): boolean {
  return ARABIC_LETTER.test(name);
}

/** The key of an Arabic-script name: "الملاجة" and "ملاجه" both give "0mlajh". */
export function arabicKey(name: string): string {
  const plain = name.replace(MARKS_AND_TATWEEL, '');
  let key = '';
  for (const raw of plain.split(/[^\u0621-\u064A\u0671-\u06D3]+/)) {
    let word = '';
    for (const letter of raw) word += FOLD[letter] ?? letter;
    if (word.startsWith(ARTICLE) && word.length > 3) word = word.slice(ARTICLE.length);
    for (const letter of word) key += LETTER_CODE[letter] ?? '';
  }
  return key.length > 0 ? `0${key}` : '';
}
