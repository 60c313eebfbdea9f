import type { Mention } from '../../core/mention.ts';
import type { Sentence } from '../../core/pipeline.ts';
import type { CountryHint } from '../../geo/document-countries.ts';
import { sentenceTokens } from '../../text/sentence-tokens.ts';
import { tokenize, type Token } from '../../text/tokens.ts';
import { DEMONYMS } from '../lexicon/index.ts';

// Less than a named province: "Russian jets" over Idlib say nothing about where Idlib is.
const DEMONYM_WEIGHT = 0.5;
const ACTOR_WEIGHT = 0.5;

// A character a word token can contain or continue through ("Hay'at", "1.5"): a sentence edge next to one
// may cut a token that the whole text would read as one.
const WORDISH = /[\p{L}\p{N}'’ʼ`.,]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * True when the sentences cut no word token: every edge between two sentences is whitespace or other
 * non-word text. Their shared tokens are then exactly the whole text's.
 */
function sentencesKeepTokens(text: string, sentences: readonly Sentence[]): boolean {
  let previousEnd = 0;
  for (const sentence of sentences) {
    const { start, end } = sentence.span;
    if (start < previousEnd || (start > previousEnd && WORD_CHAR.test(text.slice(previousEnd, start)))) return false;
    if ((start > 0 && WORDISH.test(text[start - 1]!)) || (end < text.length && WORDISH.test(text[end]!))) return false;
    previousEnd = end;
  }
  return !WORD_CHAR.test(text.slice(previousEnd));
}

/**
 * What the words of a document say about its countries besides place names: demonyms ("Iraqi", "Burmese")
 * and the countries of the actors it names ("PDF" is Myanmar's).
 */
export function countryHints(text: string, sentences: readonly Sentence[], mentions: readonly (readonly Mention[])[]): CountryHint[] {
  const hints: CountryHint[] = [];
  const read = (tokens: readonly Token[]): void => {
    for (const token of tokens) {
      const code = DEMONYMS.get(token.norm);
      if (code) hints.push({ countryCode: code, weight: DEMONYM_WEIGHT });
    }
  };
  // A sentence cut inside an overlong word would split a token the whole text reads as one: read the text again then.
  if (sentencesKeepTokens(text, sentences)) for (const sentence of sentences) read(sentenceTokens(sentence));
  else read(tokenize(text));
  for (const list of mentions) {
    for (const m of list) if (m.kind === 'actor' && m.country) hints.push({ countryCode: m.country, weight: ACTOR_WEIGHT });
  }
  return hints;
}
