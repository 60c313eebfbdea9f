import words from './place-words.json' with { type: 'json' };
import { normaliseWord } from '../../text/tokens.ts';

export type AdminWordLevel = 'admin1' | 'admin2';

export const ADMIN_WORDS: ReadonlyMap<string, AdminWordLevel> = new Map(Object.entries(words.adminWords) as [string, AdminWordLevel][]);
export const REGION_WORDS: ReadonlySet<string> = new Set(words.regionWords);
export const PLACE_TYPE_WORDS: ReadonlySet<string> = new Set(words.placeTypeWords);
export const DIRECTIONS: ReadonlyMap<string, string> = new Map(Object.entries(words.directions));
export const PARTICLES: ReadonlySet<string> = new Set(words.particles);
export const NON_PLACE_HEADS: ReadonlySet<string> = new Set(words.nonPlaceHeads);
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set(words.organisationWords);
export const TITLES: ReadonlySet<string> = new Set(words.titles);
export const STOPWORDS: ReadonlySet<string> = new Set(words.stopwords);
export const DEMONYMS: ReadonlySet<string> = new Set(words.demonyms);
/** Continents, oceans and world regions: toponyms, but never a town's name, and no unit sitrep places events in. */
export const MACRO_REGIONS: ReadonlySet<string> = new Set(words.macroRegions);
/** Words that, ending a capitalised name, make it a settlement ("Hole Camp"); roads and landmarks are not among them. */
export const SETTLEMENT_WORDS: ReadonlySet<string> = new Set(words.settlementWords);
/** Cues written before a name ("town of", "near"), as token sequences read backwards from the name. */
export const STRONG_CUES: readonly (readonly string[])[] = words.strongCues.map((c) => c.split(' ').reverse());

const EDGE = /^[\s\-–—'’,.;:()]+|[\s\-–—'’,.;:()]+$/g;

/**
 * The bare name inside a place phrase: "western Aleppo Province" -> "Aleppo", "Idlib countryside" ->
 * "Idlib", "Tal Maleh" -> "Tal Maleh". Used by the extractor and again by the resolver on a mention's quote.
 */
export function corePlaceName(phrase: string): string {
  const parts = phrase.replace(EDGE, '').split(/\s+/);
  let start = 0;
  let end = parts.length;
  const norm = (i: number): string => normaliseWord(parts[i]!);
  while (start < end && (DIRECTIONS.has(norm(start)) || norm(start) === 'the' || norm(start) === 'of')) start += 1;
  while (end > start && (ADMIN_WORDS.has(norm(end - 1)) || REGION_WORDS.has(norm(end - 1)) || PLACE_TYPE_WORDS.has(norm(end - 1)))) end -= 1;
  return parts.slice(start, end).join(' ').replace(EDGE, '');
}
