import { editDistance } from './place-key.ts';

// Bit-parallel edit distance (Myers 1999, in Hyyrö's form for whole strings): one 32-bit word holds a
// column of the table, so a key of up to 32 characters is compared with another in one pass over it.
const WORD_BITS = 32;
// Name keys are ASCII; a character above this compares unequal to every key character.
const ALPHABET = 128;

/**
 * One key prepared to be compared with many others, as the spelling-tolerant lookup does: the table of
 * where each character occurs is built once, and each comparison allocates nothing.
 */
export class KeyDistance {
  private readonly peq = new Int32Array(ALPHABET);
  private highBit = 0;
  // The key's character codes; its text is made only for a key too long for one word (compared the slow way).
  private codes = new Uint16Array(64);
  private length = 0;

  constructor(key: string) {
    this.reset(key);
  }

  /** Prepares for another key, reusing the table: a look-up per name then allocates none. */
  reset(key: string): this {
    this.clear(key.length);
    for (let i = 0; i < key.length; i += 1) this.codes[i] = key.charCodeAt(i);
    return this.prepare();
  }

  /** The same as `reset`, for a key written as bytes (`bytes[start, end)`, ASCII). */
  resetBytes(bytes: Uint8Array, start: number, end: number): this {
    this.clear(end - start);
    for (let i = start; i < end; i += 1) this.codes[i - start] = bytes[i]!;
    return this.prepare();
  }

  private clear(nextLength: number): void {
    for (let i = 0; i < this.length && i < WORD_BITS; i += 1) {
      const c = this.codes[i]!;
      if (c < ALPHABET) this.peq[c] = 0;
    }
    if (this.codes.length < nextLength) this.codes = new Uint16Array(nextLength * 2);
    this.length = nextLength;
  }

  private prepare(): this {
    const m = this.length;
    for (let i = 0; i < m && i < WORD_BITS; i += 1) {
      const c = this.codes[i]!;
      if (c < ALPHABET) this.peq[c]! |= 1 << i;
    }
    this.highBit = m > 0 ? 1 << (Math.min(m, WORD_BITS) - 1) : 0;
    return this;
  }

  private keyText(): string {
    return String.fromCharCode(...this.codes.subarray(0, this.length));
  }

  /** The same as `to`, for a key held as bytes (`bytes[start, end)`, ASCII) where a key table keeps it. */
  toBytes(bytes: Uint8Array, start: number, end: number, limit: number): number {
    const m = this.length;
    const n = end - start;
    if (Math.abs(m - n) > limit) return limit + 1;
    if (m === 0) return n;
    if (m > WORD_BITS) return editDistance(this.keyText(), String.fromCharCode(...bytes.subarray(start, end)), limit);
    const peq = this.peq;
    const high = this.highBit;
    let pv = -1;
    let mv = 0;
    let score = m;
    for (let j = start; j < end; j += 1) {
      const c = bytes[j]!;
      const eq = c < ALPHABET ? peq[c]! : 0;
      const xv = eq | mv;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (ph & high) score += 1;
      else if (mh & high) score -= 1;
      ph = (ph << 1) | 1;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
      if (score - (end - j - 1) > limit) return limit + 1;
    }
    return score;
  }

  /** The edit distance from the key to `text.slice(start, end)`; above `limit` it may return any larger number. */
  to(text: string, start: number, end: number, limit: number): number {
    const m = this.length;
    const n = end - start;
    if (Math.abs(m - n) > limit) return limit + 1;
    if (m === 0) return n;
    if (m > WORD_BITS) return editDistance(this.keyText(), text.slice(start, end), limit);
    const peq = this.peq;
    const high = this.highBit;
    let pv = -1;
    let mv = 0;
    let score = m;
    for (let j = start; j < end; j += 1) {
      const c = text.charCodeAt(j);
      const eq = c < ALPHABET ? peq[c]! : 0;
      const xv = eq | mv;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (ph & high) score += 1;
      else if (mh & high) score -= 1;
      // Whole-string distance: the top row grows by one per text character, so a one is shifted in.
      ph = (ph << 1) | 1;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
      // Every later character can lower the score by at most one.
      if (score - (end - j - 1) > limit) return limit + 1;
    }
    return score;
  }
}
