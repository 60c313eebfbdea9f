import type { Sentence } from '../core/pipeline.ts';

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'brig', 'adm', 'gov', 'sen', 'rep',
  'st', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'ltd', 'co', 'corp', 'approx', 'fig', 'al', 'u.s', 'u.n', 'u.k', 'e.g', 'i.e', 'mt', 'ft',
]);

/** Sentences longer than this are cut at a space so that no later stage sees unbounded input. */
export const MAX_SENTENCE = 4000;

// A stop run is only tried from its first mark: tried from inside, "......" costs its length squared, and an
// inner start can only succeed where the run's own start already did.
const BOUNDARY = /(?<![.!?])[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\p{N}])|\n\s*\n|\n(?=\s*[\p{Lu}\p{N}"“(\[*•-])/gu;

function isAbbreviation(text: string, dotAt: number): boolean {
  if (text[dotAt] !== '.') return false;
  let i = dotAt - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text[i]!)) i -= 1;
  const word = text.slice(i + 1, dotAt).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // Single capital initials ("J. Smith") but not the end of a sentence such as "... in Idlib."
  return word.length === 1;
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s += 1;
  while (e > s && /\s/.test(text[e - 1]!)) e -= 1;
  while (e - s > MAX_SENTENCE) {
    let cut = text.lastIndexOf(' ', s + MAX_SENTENCE);
    if (cut <= s) cut = s + MAX_SENTENCE;
    out.push({ index: out.length, paragraph, span: { start: s, end: cut }, text: text.slice(s, cut) });
    s = cut;
    while (s < e && /\s/.test(text[s]!)) s += 1;
  }
  if (e > s) out.push({ index: out.length, paragraph, span: { start: s, end: e }, text: text.slice(s, e) });
}

/** Splits a document's text into sentences, keeping offsets into the text. Linear in the text length. */
export function segment(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m !== null; m = BOUNDARY.exec(text)) {
    const isBreak = m[0].includes('\n');
    if (!isBreak && isAbbreviation(text, m.index)) continue;
    const end = m.index + (isBreak ? 0 : m[0].length);
    pushTrimmed(out, text, start, end, paragraph);
    if (isBreak && /\n\s*\n/.test(m[0])) paragraph += 1;
    else if (isBreak) paragraph += 1;
    start = m.index + m[0].length;
  }
  pushTrimmed(out, text, start, text.length, paragraph);
  return out;
}
