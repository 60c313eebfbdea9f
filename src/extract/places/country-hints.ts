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
 * The word tokens of the whole text, read from the sentences' shared tokens when the sentences cut no
 * token: every edge between two sentences is whitespace or other non-word text. Otherwise (a sentence cut
 * inside an overlong word) the text is tokenized again, so the tokens are always those of the whole text.
 */
function documentTokens(text: string, sentences: readonly Sentence[]): readonly Token[] {
  let previousEnd = 0;
  for (const sentence of sentences) {
    const { start, end } = sentence.span;
    if (start < previousEnd || WORD_CHAR.test(text.slice(previousEnd, start))) return tokenize(text);
    if ((start > 0 && WORDISH.test(text[start - 1]!)) || (end < text.length && WORDISH.test(text[end]!))) return tokenize(text);
    previousEnd = end;
  }
  if (WORD_CHAR.test(text.slice(previousEnd))) return tokenize(text);
  return sentences.flatMap((sentence) => sentenceTokens(sentence));
}

/**
 * What the words of a document say about its countries besides place names: demonyms ("Iraqi", "Burmese")
 * and the countries of the actors it names ("PDF" is Myanmar's).
 */
export function countryHints(text: string, sentences: readonly Sentence[], mentions: readonly (readonly Mention[])[]): CountryHint[] {
  const hints: CountryHint[] = [];
  for (const token of documentTokens(text, sentences)) {
    const code = DEMONYMS.get(token.norm);
    if (code) hints.push({ countryCode: code, weight: DEMONYM_WEIGHT });
  }
  for (const list of mentions) {
    for (const m of list) if (m.kind === 'actor' && m.country) hints.push({ countryCode: m.country, weight: ACTOR_WEIGHT });
  }
  return hints;
}
