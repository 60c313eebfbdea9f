import { arabicKey, hasArabic } from './arabic-key.ts';
import { foldWords, KeyBytes } from './key-folding.ts';
import { KeyWords, plainLetters } from './key-letters.ts';

/**
 * Spelling-tolerant keys for place names. Transliterations of the same Arabic, Kurdish or Pashto name
 * differ in vowels, articles, doubled letters and endings ("Tal Maleh" / "Tell Malah", "Jalmeh" / "Jalma");
 * two names with the same key are treated as the same spelling, and the consonant skeleton finds the rest.
 */
const NON_WORD = /[^a-z0-9]+/g;
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_LIMIT = 50_000;

// Character codes the ASCII fast path of `nameWords` reads.
const LOWER_A = 97;
const LOWER_Z = 122;
const UPPER_A = 65;
const UPPER_Z = 90;
const DIGIT_0 = 48;
const DIGIT_9 = 57;
const QUOTE = 39;
const BACKTICK = 96;

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
  return plainLetters(name).replace(NON_WORD, ' ').trim().split(' ').filter((w) => w.length > 0);
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

/** The same key without the memo: for building an index, where each of millions of names comes once. */
export function freshPlaceKey(name: string): string {
  return computeKey(name);
}

// One key at a time is folded: its words and its bytes are reused.
const keyWords = new KeyWords();
const keyBytes = new KeyBytes();

/**
 * The key of `name` written into `key`. Names of Latin letters (accented or not) are read by a table in one
 * pass; Arabic script gets keys of its own (never equal to a Latin one), and any other name is read by the
 * general path, whose words are folded the same way.
 */
export function placeKeyInto(name: string, key: KeyBytes): void {
  if (!keyWords.read(name)) {
    if (hasArabic(name)) {
      const arabic = arabicKey(name);
      key.reserve(arabic.length);
      for (let i = 0; i < arabic.length; i += 1) key.bytes[i] = arabic.charCodeAt(i);
      key.length = arabic.length;
      return;
    }
    keyWords.set(nameWords(name));
  }
  foldWords(keyWords, key);
}

function computeKey(name: string): string {
  placeKeyInto(name, keyBytes);
  return keyBytes.toString();
}

/** Consonants only: the fallback that joins "Idlib"/"Idleb" and "Tal Milh"/"Tal Maleh". */
export function skeletonKey(key: string): string {
  if (skeletonScratch.length < 2 * key.length) skeletonScratch = new Uint8Array(key.length * 4);
  for (let i = 0; i < key.length; i += 1) skeletonScratch[key.length + i] = key.charCodeAt(i);
  const length = skeletonInto(skeletonScratch, key.length, 2 * key.length, skeletonScratch, 0);
  return Buffer.from(skeletonScratch.buffer, 0, length).toString('latin1');
}
let skeletonScratch = new Uint8Array(64);

/**
 * The skeleton of the key `source[start, end)` written into `out` from `at` (room for the key's length
 * needed; `out` may be `source` when the skeleton is written before the key), for a look-up that finds it in
 * a key table without building a string; returns where it ends. Keys are ASCII.
 */
export function skeletonInto(source: Uint8Array, start: number, end: number, out: Uint8Array, at: number): number {
  // One pass: vowels, h, w and y dropped, then a run of one consonant written once.
  let previous = -1;
  for (let i = start; i < end; i += 1) {
    const c = source[i]!;
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

/** How far apart two keys of `length` may be and still name the same place: more slack for longer names. */
export function keyTolerance(length: number): number {
  if (length < 6) return 1;
  if (length < 10) return 2;
  return 3;
}
