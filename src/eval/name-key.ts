import aliases from './name-aliases.json' with { type: 'json' };

/**
 * Comparison keys for admin units, locations and countries, as the scoring rules define "equal after
 * normalisation". Deliberately separate from the geoparser's own matching: a scorer that shared the
 * code it scores would hide that code's mistakes.
 */

// Arabic articles as transliterated ("al-", "ar-", "ez-"...) and the English one.
const ARTICLES = new Set(['al', 'el', 'ar', 'as', 'ad', 'an', 'ash', 'at', 'az', 'ez', 'es', 'ed', 'the']);
// "Idlib Province", "Rakhine State", "Northern Region": the unit's kind is not part of its name.
const UNIT_WORDS = new Set([
  'province', 'governorate', 'region', 'state', 'division', 'oblast', 'district', 'prefecture',
  'department', 'county', 'muhafazah', 'wilayah',
]);

const MARKS = /\p{M}/gu;
const APOSTROPHES = /['’‘ʼʻʿʾ`´]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const DOUBLED = /(\p{L})\1+/gu;
const VOWEL_H_END = /([aei])h$/;

/** Lower case, no accents or apostrophes, "&" read as "and", split on anything that is not a letter or digit. */
export function nameWords(name: string): string[] {
  const plain = name.normalize('NFD').replace(MARKS, '').toLowerCase().replace(APOSTROPHES, '').replace(/&/g, ' and ');
  return plain.split(NON_WORD).filter((w) => w.length > 0);
}

function foldWord(word: string): string {
  let w = word.replace(DOUBLED, '$1');
  // "-eh", "-ah", "-a" spell the same Arabic ending: Jalmeh = Jalma = Jalmah.
  w = w.replace(VOWEL_H_END, '$1');
  if (w.length > 3 && (w.endsWith('a') || w.endsWith('e'))) w = w.slice(0, -1);
  return w;
}

/** The spelling key alone, before aliases: "Deir ez-Zor" -> "deirzor", "Jalmeh" -> "jalm". */
export function spellingKey(name: string): string {
  const words = nameWords(name);
  let kept = words.filter((w) => !ARTICLES.has(w));
  if (kept.length > 1 && UNIT_WORDS.has(kept[kept.length - 1]!)) kept = kept.slice(0, -1);
  // A name made only of articles or unit words keeps its words rather than becoming empty.
  const used = kept.length > 0 ? kept : words;
  return used.map(foldWord).join('');
}

const ALIAS_KEYS: ReadonlyMap<string, string> = buildAliasKeys(aliases.groups);

function buildAliasKeys(groups: readonly (readonly string[])[]): Map<string, string> {
  const keys = new Map<string, string>();
  for (const group of groups) {
    const canonical = spellingKey(group[0]!);
    for (const name of group) {
      const key = spellingKey(name);
      const earlier = keys.get(key);
      // Two groups claiming one spelling would make the score depend on file order: a data bug.
      if (earlier !== undefined && earlier !== canonical) throw new Error(`name-aliases.json: "${name}" is in two groups`);
      keys.set(key, canonical);
    }
  }
  return keys;
}

/** The key two names must share to count as the same place: spelling key, then known aliases. */
export function nameKey(name: string): string {
  const key = spellingKey(name);
  return ALIAS_KEYS.get(key) ?? key;
}

/** True when `predicted` names any of the gold names. A missing prediction never matches. */
export function sameName(gold: string | readonly string[], predicted: string | null | undefined): boolean {
  if (predicted === null || predicted === undefined || predicted.trim() === '') return false;
  const key = nameKey(predicted);
  const golds = typeof gold === 'string' ? [gold] : gold;
  return golds.some((g) => nameKey(g) === key);
}
