/**
 * A plain Latin spelling of an Arabic-script place name, for matching reports that transliterate it their
 * own way: OCHA's English names are sometimes far from what reports write ("Moataf" for منطف, which reports
 * spell "Mantaf"), while the Arabic name is the one both come from. Short vowels are not written in Arabic,
 * so the result has only the long ones; name keys and their consonant skeletons do the rest.
 */
const LETTERS: Readonly<Record<string, string>> = {
  'ا': 'a', 'أ': 'a', 'إ': 'i', 'آ': 'a', 'ٱ': 'a', 'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh',
  'د': 'd', 'ذ': 'dh', 'ر': 'r', 'ز': 'z', 'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z',
  // 'ayn is written as a vowel far more often than as an apostrophe: "Ein", "Ain", "Maarat".
  'ع': 'a', 'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k', 'ک': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h',
  'ة': 'a', 'ى': 'a', 'ؤ': 'w', 'ئ': 'y', 'ء': '', 'ی': 'y', 'پ': 'p', 'چ': 'ch', 'گ': 'g', 'ژ': 'zh',
};
const MARKS_AND_TATWEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u0640]/g;
const WORD = /[\u0621-\u064A\u0671-\u06D3]+/g;
const ARTICLE = 'ال';

function romaniseWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i += 1) {
    const letter = word[i]!;
    // Waw and ya are consonants at the start of a word, long vowels inside it.
    if (letter === 'و') out += i === 0 ? 'w' : 'u';
    else if (letter === 'ي') out += i === 0 ? 'y' : 'i';
    else out += LETTERS[letter] ?? '';
  }
  return out;
}

/** "الواسطة" -> "al wasta", "منطف" -> "mntf"; "" for a name with no Arabic letters. */
export function romaniseArabic(name: string): string {
  const words: string[] = [];
  for (const [raw] of name.replace(MARKS_AND_TATWEEL, '').matchAll(WORD)) {
    const article = raw.startsWith(ARTICLE) && raw.length > 3;
    const word = romaniseWord(article ? raw.slice(ARTICLE.length) : raw);
    if (word.length > 0) words.push(article ? `al ${word}` : word);
  }
  return words.join(' ');
}
