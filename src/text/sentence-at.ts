import type { Sentence } from '../core/pipeline.ts';

/** The index of the sentence holding `offset` (sentences are in text order). Binary search: cheap per mention. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.span.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
