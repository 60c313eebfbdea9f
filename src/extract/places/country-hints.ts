import type { Mention } from '../../core/mention.ts';
import type { CountryHint } from '../../geo/document-countries.ts';
import { tokenize } from '../../text/tokens.ts';
import { DEMONYMS } from '../lexicon/index.ts';

// Less than a named province: "Russian jets" over Idlib say nothing about where Idlib is.
const DEMONYM_WEIGHT = 0.5;
const ACTOR_WEIGHT = 0.5;

/**
 * What the words of a document say about its countries besides place names: demonyms ("Iraqi", "Burmese")
 * and the countries of the actors it names ("PDF" is Myanmar's).
 */
export function countryHints(text: string, mentions: readonly (readonly Mention[])[]): CountryHint[] {
  const hints: CountryHint[] = [];
  for (const token of tokenize(text)) {
    const code = DEMONYMS.get(token.norm);
    if (code) hints.push({ countryCode: code, weight: DEMONYM_WEIGHT });
  }
  for (const list of mentions) {
    for (const m of list) if (m.kind === 'actor' && m.country) hints.push({ countryCode: m.country, weight: ACTOR_WEIGHT });
  }
  return hints;
}
