import type { Sentence } from '../core/pipeline.ts';
import { tokenize, type Token } from './tokens.ts';

const cache = new WeakMap<Sentence, readonly Token[]>();

/** The word tokens of a sentence, in document coordinates; computed once however many extractors ask. */
export function sentenceTokens(sentence: Sentence): readonly Token[] {
  let tokens = cache.get(sentence);
  if (!tokens) {
    tokens = tokenize(sentence.text, sentence.span.start);
    cache.set(sentence, tokens);
  }
  return tokens;
}
