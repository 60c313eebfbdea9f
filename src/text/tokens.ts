import type { Span } from '../core/span.ts';

export interface Token extends Span {
  /** Lower-cased, accents and inner apostrophes removed: the form lexicons are matched on. */
  readonly norm: string;
  readonly raw: string;
}

// Numbers with thousands separators or decimals ("330,000", "1.5") are one token; otherwise letters and
// digits, with apostrophes kept inside a word ("Hay'at", "Ma'arrat").
const WORD = /\p{N}+(?:[.,]\p{N}+)*(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:['’ʼ`][\p{L}\p{N}]+)*/gu;
const MARKS = /[\u0300-\u036f'’ʼ`]/g;

/** True when the word is ASCII with no apostrophe or backtick, the case in most English report text. */
function isPlainAscii(word: string): boolean {
  for (let i = 0; i < word.length; i += 1) {
    const c = word.charCodeAt(i);
    if (c > 0x7f || c === 0x27 || c === 0x60) return false;
  }
  return true;
}

export function normaliseWord(word: string): string {
  // Decomposing and stripping marks cannot change plain ASCII, and skipping them halves tokenizing time.
  if (isPlainAscii(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** Word tokens of `text`, with spans shifted by `base` into document coordinates. */
export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    tokens.push({ start: base + m.index, end: base + m.index + m[0].length, raw: m[0], norm: normaliseWord(m[0]) });
  }
  return tokens;
}
