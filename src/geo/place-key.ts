import { arabicKey, hasArabic } from './arabic-key.ts';
import rules from './place-key-rules.json' with { type: 'json' };

/**
 * Spelling-tolerant keys for place names. Transliterations of the same Arabic, Kurdish or Pashto name
 * differ in vowels, articles, doubled letters and endings ("Tal Maleh" / "Tell Malah", "Jalmeh" / "Jalma");
 * two names with the same key are treated as the same spelling, and the consonant skeleton finds the rest.
 */
const ARTICLES = new Set<string>(rules.articles);
const VARIANTS = new Map<string, string>();
for (const [canonical, variants] of Object.entries(rules.tokenVariants)) {
  for (const variant of variants) VARIANTS.set(variant, canonical);
}

const MARKS = /\p{M}/gu;
const APOSTROPHES = /['’‘ʼʻʿʾ`´]/g;
const NON_WORD = /[^a-z0-9]+/g;
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_LIMIT = 50_000;

// Character codes the ASCII fast path reads.
const LOWER_A = 97;
const LOWER_Z = 122;
const UPPER_A = 65;
const UPPER_Z = 90;
const DIGIT_0 = 48;
const DIGIT_9 = 57;
const QUOTE = 39;
const BACKTICK = 96;

/** A run of one letter written once ("Tall" -> "tal"); digits stay as written. */
function undouble(token: string): string {
  // Most words have no doubled letter: find one before building anything.
  let doubled = false;
  for (let i = 1; i < token.length && !doubled; i += 1) {
    const c = token.charCodeAt(i);
    doubled = c === token.charCodeAt(i - 1) && c >= LOWER_A && c <= LOWER_Z;
  }
  if (!doubled) return token;
  let out = '';
  let previous = -1;
  for (let i = 0; i < token.length; i += 1) {
    const c = token.charCodeAt(i);
    if (c === previous && c >= LOWER_A && c <= LOWER_Z) continue;
    out += token[i];
    previous = c;
  }
  return out;
}

function foldToken(token: string): string {
  let t = undouble(VARIANTS.get(token) ?? token);
  // "-eh", "-ah", "-a", "-e" all write the Arabic tā' marbūṭa or a final vowel: one ending for all.
  const beforeLast = t[t.length - 2];
  if (t.length > 3 && t.endsWith('h') && (beforeLast === 'a' || beforeLast === 'e' || beforeLast === 'i')) t = t.slice(0, -1);
  if (t.length > 3 && (t.endsWith('a') || t.endsWith('e'))) t = t.slice(0, -1);
  return t;
}

/**
 * The words of a printable-ASCII name in one pass, as the general path would give them: letters and
 * digits lower-cased, apostrophes dropped inside a word, anything else a break. Null for other names.
 */
function asciiWords(name: string): string[] | null {
  const words: string[] = [];
  let word = '';
  for (let i = 0; i < name.length; i += 1) {
    const c = name.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return null;
    if ((c >= LOWER_A && c <= LOWER_Z) || (c >= DIGIT_0 && c <= DIGIT_9)) word += name[i];
    else if (c >= UPPER_A && c <= UPPER_Z) word += String.fromCharCode(c + 32);
    else if (c !== QUOTE && c !== BACKTICK && word.length > 0) {
      words.push(word);
      word = '';
    }
  }
  if (word.length > 0) words.push(word);
  return words;
}

/** The words of a name, lower-cased and stripped of accents and apostrophes; non-Latin scripts give none. */
export function nameWords(name: string): string[] {
  const ascii = asciiWords(name);
  if (ascii) return ascii;
  const plain = name.normalize('NFD').replace(MARKS, '').toLowerCase().replace(APOSTROPHES, '');
  return plain.replace(NON_WORD, ' ').trim().split(' ').filter((w) => w.length > 0);
}

/** The normalised key: "Ma'arrat an-Nu'man" and "Maarat al Numan" both give "maratnuman". */
export function placeKey(name: string): string {
  const cached = KEY_CACHE.get(name);
  if (cached !== undefined) return cached;
  const key = computeKey(name);
  // Reports repeat the same few names; a bounded memo keeps the hot path to one Map lookup.
  if (KEY_CACHE.size >= KEY_CACHE_LIMIT) KEY_CACHE.clear();
  KEY_CACHE.set(name, key);
  return key;
}

// OCHA writes the article joined to the next word ("Maaret Elnaasan", "Tal Elloz") where reports write
// "Maaret al-Naasan"; after the first word, "el" + a word of three letters or more is read as the two.
const GLUED_ARTICLE_MIN = 5;
function unglueArticle(word: string): string {
  return word.length >= GLUED_ARTICLE_MIN && word.charCodeAt(0) === 101 && word.charCodeAt(1) === 108 ? word.slice(2) : word;
}

/** The same key without the memo: for building an index, where each of millions of names comes once. */
export function freshPlaceKey(name: string): string {
  return computeKey(name);
}

/**
 * The words of a printable-ASCII name with no apostrophe, as slices of its lower-cased form: the common
 * case, read without building any word a character at a time. Null for other names.
 */
function plainAsciiWords(name: string): string[] | null {
  for (let i = 0; i < name.length; i += 1) {
    const c = name.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === QUOTE || c === BACKTICK) return null;
  }
  const lower = name.toLowerCase();
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i += 1) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    const wordChar = (c >= LOWER_A && c <= LOWER_Z) || (c >= DIGIT_0 && c <= DIGIT_9);
    if (wordChar && start < 0) start = i;
    else if (!wordChar && start >= 0) {
      words.push(lower.slice(start, i));
      start = -1;
    }
  }
  return words;
}

/** True when every character is an ASCII letter or digit: the name is one word, its key one folded token. */
function oneAsciiWord(name: string): boolean {
  for (let i = 0; i < name.length; i += 1) {
    const c = name.charCodeAt(i);
    if (!((c >= LOWER_A && c <= LOWER_Z) || (c >= UPPER_A && c <= UPPER_Z) || (c >= DIGIT_0 && c <= DIGIT_9))) return false;
  }
  return name.length > 0;
}

function computeKey(name: string): string {
  // Most names are one plain word ("Idlib"): no list of words is built for them.
  if (oneAsciiWord(name)) return foldToken(name.toLowerCase());
  const plain = plainAsciiWords(name);
  // OCHA and GeoNames carry Arabic-script names; they get keys of their own, never equal to a Latin one.
  if (plain === null && hasArabic(name)) return arabicKey(name);
  const words = plain ?? nameWords(name);
  if (words.length === 1) return foldToken(words[0]!);
  const kept = words.filter((w) => !ARTICLES.has(w));
  // A name made only of articles ("As", a town in Belgium) keeps its words.
  const used = kept.length > 0 ? kept : words;
  // Joined, not concatenated: a flat string hashes at once where a rope of pieces must first be copied.
  const parts: string[] = [];
  for (let i = 0; i < used.length; i += 1) parts.push(foldToken(i > 0 ? unglueArticle(used[i]!) : used[i]!));
  return parts.join('');
}

/** Consonants only: the fallback that joins "Idlib"/"Idleb" and "Tal Milh"/"Tal Maleh". */
export function skeletonKey(key: string): string {
  if (skeletonScratch.length < key.length) skeletonScratch = new Uint8Array(key.length * 2);
  const length = skeletonInto(key, skeletonScratch, 0);
  return Buffer.from(skeletonScratch.buffer, 0, length).toString('latin1');
}
let skeletonScratch = new Uint8Array(64);

/**
 * The skeleton of a key written as bytes into `out` from `at` (room for `key.length` bytes needed), for a
 * look-up that finds it in a key table without building a string; returns where it ends. Keys are ASCII.
 */
export function skeletonInto(key: string, out: Uint8Array, at: number): number {
  // One pass: vowels, h, w and y dropped, then a run of one consonant written once.
  let previous = -1;
  for (let i = 0; i < key.length; i += 1) {
    const c = key.charCodeAt(i);
    if (SKELETON_DROPPED[c] === 1 || (c === previous && c >= LOWER_A && c <= LOWER_Z)) continue;
    out[at++] = c;
    previous = c;
  }
  return at;
}
const SKELETON_DROPPED = new Uint8Array(128);
for (const c of 'aeiouyhw') SKELETON_DROPPED[c.charCodeAt(0)] = 1;

/** Levenshtein distance with an early exit once every cell exceeds `limit` (returns limit + 1 then). */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Two rows reused across calls: lookups compare many keys and allocation was most of the cost.
  if (rowA.length <= b.length) {
    rowA = new Int32Array(b.length * 2);
    rowB = new Int32Array(b.length * 2);
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      let value = previous[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      const up = previous[j]! + 1;
      const left = current[j - 1]! + 1;
      if (up < value) value = up;
      if (left < value) value = left;
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[b.length]!;
}

/** How far apart two keys may be and still name the same place: more slack for longer names. */
export function keyTolerance(key: string): number {
  if (key.length < 6) return 1;
  if (key.length < 10) return 2;
  return 3;
}
