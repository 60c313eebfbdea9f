import type { CountryHint } from './document-countries.ts';
import type { Gazetteer } from './gazetteer.ts';
import { placeProminence } from './place-prominence.ts';

// All the names of a document together count as much as a few named countries: a report naming
// Hagerstown, Frederick and Rockville is about the United States though it never says so.
const VOTE_WEIGHT = 0.4;
// Within one name, a place ten times larger gets this many times its share: "Paris" votes France.
const SIZE_BASE = 3;
const MIN_VOTES = 1;

/**
 * What the town names of a document say about its countries before any is resolved: each distinct name
 * votes for the countries of the places spelt so, shared among them by prominence.
 */
export function candidateCountryHints(gazetteer: Gazetteer, names: Iterable<string>): CountryHint[] {
  const votes = new Map<string, number>();
  for (const name of new Set(names)) {
    const shares = new Map<string, number>();
    let total = 0;
    for (const m of gazetteer.match(name)) {
      if (m.distance > 0) break;
      const share = SIZE_BASE ** placeProminence(m.place.feature, m.place.population);
      shares.set(m.place.countryCode, (shares.get(m.place.countryCode) ?? 0) + share);
      total += share;
    }
    for (const [code, share] of shares) votes.set(code, (votes.get(code) ?? 0) + (VOTE_WEIGHT * share) / total);
  }
  // A country only one or two names point to is a namesake's, not the report's: it would only unsettle
  // what the named countries and provinces say.
  return [...votes].filter(([, weight]) => weight >= MIN_VOTES).map(([countryCode, weight]) => ({ countryCode, weight }));
}
