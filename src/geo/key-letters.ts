import { hasArabic } from './arabic-key.ts';

const MARKS = /\p{M}/gu;
const APOSTROPHES = /['’‘ʼʻʿʾ`´]/g;

/** A name's text as keys read it: accents and other marks dropped, lower case, apostrophes gone. */
export function plainLetters(name: string): string {
  return name.normalize('NFD').replace(MARKS, '').toLowerCase().replace(APOSTROPHES, '');
}

/** Characters below this are read from the table; a name with any other is read by `plainLetters`. */
export const TABLE_END = 0x2020;
/** A mark or an apostrophe: dropped, the word goes on. */
export const DROPPED = 0;
/** Not a letter or digit: the word ends. */
export const BREAK = 1;
/** Read only by the general path (an Arabic letter, or a character that folds to more than one). */
export const UNREAD = 2;

/**
 * Per character code below TABLE_END, the key letter it reads as (an ASCII code of [a-z0-9]) or one of
 * DROPPED, BREAK and UNREAD: each entry is what `plainLetters` makes of that character alone, so a name of
 * such characters gives the words the general path would (its steps act on each character by itself:
 * a decomposition, marks dropped, lower case, apostrophes dropped), read in one pass with no string made.
 * Built on first use.
 */
let table: Uint8Array | null = null;
export function keyLetters(): Uint8Array {
  return (table ??= buildTable());
}

function buildTable(): Uint8Array {
  const out = new Uint8Array(TABLE_END);
  for (let c = 0; c < TABLE_END; c += 1) {
    const character = String.fromCharCode(c);
    const plain = plainLetters(character);
    if (hasArabic(character)) out[c] = UNREAD;
    else if (plain === '') out[c] = DROPPED;
    else if (/^[a-z0-9]$/.test(plain)) out[c] = plain.charCodeAt(0);
    else out[c] = /[a-z0-9]/.test(plain) ? UNREAD : BREAK;
  }
  return out;
}

/** A name's words as bytes ([a-z0-9]), end to end: word `w` is `bytes[bounds[2w], bounds[2w + 1])`. */
export class KeyWords {
  bytes = new Uint8Array(64);
  bounds = new Int32Array(32);
  count = 0;

  private room(length: number): void {
    if (this.bytes.length < length) this.bytes = new Uint8Array(length * 2);
    if (this.bounds.length < 2 * length + 2) this.bounds = new Int32Array(4 * length + 2);
  }

  /** The words of `name` by the table; false (and no words) for a name with a character it does not read. */
  read(name: string): boolean {
    this.room(name.length);
    const letters = keyLetters();
    const { bytes, bounds } = this;
    let length = 0;
    let words = 0;
    let inWord = false;
    for (let i = 0; i < name.length; i += 1) {
      const c = name.charCodeAt(i);
      const letter = c < TABLE_END ? letters[c]! : UNREAD;
      if (letter > UNREAD) {
        if (!inWord) bounds[2 * words] = length;
        inWord = true;
        bytes[length++] = letter;
      } else if (letter === BREAK) {
        if (inWord) bounds[2 * words++ + 1] = length;
        inWord = false;
      } else if (letter === UNREAD) {
        this.count = 0;
        return false;
      }
    }
    if (inWord) bounds[2 * words++ + 1] = length;
    this.count = words;
    return true;
  }

  /** Words already split (of [a-z0-9] only), as the general path gives them. */
  set(words: readonly string[]): void {
    let length = 0;
    for (const w of words) length += w.length;
    this.room(length);
    let at = 0;
    for (let w = 0; w < words.length; w += 1) {
      const word = words[w]!;
      this.bounds[2 * w] = at;
      for (let i = 0; i < word.length; i += 1) this.bytes[at++] = word.charCodeAt(i);
      this.bounds[2 * w + 1] = at;
    }
    this.count = words.length;
  }
}
