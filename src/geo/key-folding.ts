import type { KeyWords } from './key-letters.ts';
import { PackedKeys } from './packed-keys.ts';
import rules from './place-key-rules.json' with { type: 'json' };

const LOWER_A = 97;
const LOWER_E = 101;
const LOWER_H = 104;
const LOWER_I = 105;
const LOWER_L = 108;
const LOWER_Z = 122;
// The longest a word grows when a variant is written as its canonical spelling ("st" -> "saint").
const MOST_GROWTH = Math.max(...Object.entries(rules.tokenVariants).flatMap(([canonical, variants]) => variants.map((v) => canonical.length - v.length)), 0);

const ARTICLES = PackedKeys.build(rules.articles);
// Each variant spelling once (a later listing wins, as a map built in order would keep it), with its canonical.
const canonicalOf = new Map<string, string>();
for (const [canonical, variants] of Object.entries(rules.tokenVariants)) for (const v of variants) canonicalOf.set(v, canonical);
const VARIANTS = PackedKeys.build([...canonicalOf.keys()]);
// Variant `id`'s canonical spelling is `CANONICAL[canonicalStart[id], canonicalStart[id + 1])`.
const CANONICAL = Buffer.from([...canonicalOf.values()].join(''), 'latin1');
const canonicalStart = Int32Array.from([0, ...[...canonicalOf.values()].map((_, i, all) => all.slice(0, i + 1).join('').length)]);

// OCHA writes the article joined to the next word ("Maaret Elnaasan", "Tal Elloz") where reports write
// "Maaret al-Naasan"; after the first word, "el" + a word of three letters or more is read as the two.
const GLUED_ARTICLE_MIN = 5;

/** A name's key as bytes, reused from one name to the next: `bytes[0, length)`, ASCII. */
export class KeyBytes {
  bytes = new Uint8Array(64);
  length = 0;

  /** Room for the key of `words`, which may grow by a canonical spelling per word. */
  reserve(size: number): void {
    if (this.bytes.length < size) this.bytes = new Uint8Array(size * 2);
  }

  toString(): string {
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.length).toString('latin1');
  }
}

/**
 * The key of a name's words: articles dropped (unless the name is only articles), a glued article
 * dropped from a later word, and each word folded (`foldToken`), written end to end into `key`.
 */
export function foldWords(words: KeyWords, key: KeyBytes): void {
  const { bytes, bounds, count } = words;
  if (count === 0) {
    key.length = 0;
    return;
  }
  key.reserve(bounds[2 * count - 1]! + count * MOST_GROWTH + 1);
  if (count === 1) {
    key.length = foldToken(bytes, bounds[0]!, bounds[1]!, key.bytes, 0);
    return;
  }
  let kept = 0;
  for (let w = 0; w < count; w += 1) if (ARTICLES.findBytes(bytes, bounds[2 * w]!, bounds[2 * w + 1]!) < 0) kept += 1;
  let at = 0;
  let used = 0;
  for (let w = 0; w < count; w += 1) {
    let start = bounds[2 * w]!;
    const end = bounds[2 * w + 1]!;
    if (kept > 0 && ARTICLES.findBytes(bytes, start, end) >= 0) continue;
    if (used > 0 && end - start >= GLUED_ARTICLE_MIN && bytes[start] === LOWER_E && bytes[start + 1] === LOWER_L) start += 2;
    at = foldToken(bytes, start, end, key.bytes, at);
    used += 1;
  }
  key.length = at;
}

/**
 * One word folded into `out` from `at`; returns where it ends. A listed variant is written as its canonical
 * spelling ("tell" -> "tal"), a run of one letter once ("Tall" -> "tal"), and the endings that write the
 * Arabic tā' marbūṭa or a final vowel ("-eh", "-ah", "-a", "-e") as one: dropped.
 */
function foldToken(source: Uint8Array, start: number, end: number, out: Uint8Array, at: number): number {
  let from = source;
  const variant = VARIANTS.findBytes(source, start, end);
  if (variant >= 0) {
    from = CANONICAL;
    start = canonicalStart[variant]!;
    end = canonicalStart[variant + 1]!;
  }
  let q = at;
  let previous = -1;
  for (let i = start; i < end; i += 1) {
    const c = from[i]!;
    if (c === previous && c >= LOWER_A && c <= LOWER_Z) continue;
    out[q++] = c;
    previous = c;
  }
  const last = out[q - 1];
  const beforeLast = out[q - 2];
  if (q - at > 3 && last === LOWER_H && (beforeLast === LOWER_A || beforeLast === LOWER_E || beforeLast === LOWER_I)) q -= 1;
  if (q - at > 3 && (out[q - 1] === LOWER_A || out[q - 1] === LOWER_E)) q -= 1;
  return q;
}
