import type { PlaceMention } from '../core/mention.ts';
import { adminMention } from '../extract/places/place-mention.ts';
import type { Gazetteer } from '../geo/gazetteer.ts';
import { spellingNamesakes } from '../geo/spelling-namesakes.ts';

const ADMIN1_ID = /^admin1:([A-Z]{2})\./;

/**
 * A bare province name the extractor read as one country's province, moved to the namesake in a country
 * the document is about: "Maryland" in a report about Rockville and Baltimore is the US state.
 * The mention is returned unchanged when its own country is one of the document's or no namesake's is.
 */
export function provinceInDocumentCountry(gazetteer: Gazetteer, mention: PlaceMention, name: string, countries: ReadonlySet<string>): PlaceMention {
  const own = ADMIN1_ID.exec(mention.placeId ?? '')?.[1];
  if (own === undefined || countries.size === 0 || countries.has(own)) return mention;
  const namesake = spellingNamesakes(gazetteer, name).find((u) => countries.has(u.countryCode));
  return namesake ? adminMention(gazetteer, mention.span, namesake, mention.level === 'region' ? 'region' : 'admin1', mention.score) : mention;
}

/**
 * A name read as a town that is spelt exactly as a province of a country the document is about, when the
 * town is not there: "Ontario" in a report about Toronto is the province, not the Californian city.
 */
export function provinceInsteadOfTown(gazetteer: Gazetteer, mention: PlaceMention, name: string, countries: ReadonlySet<string>, townCountry: string | null): PlaceMention | null {
  if (countries.size === 0 || (townCountry !== null && countries.has(townCountry))) return null;
  const namesake = spellingNamesakes(gazetteer, name).find((u) => countries.has(u.countryCode));
  return namesake ? adminMention(gazetteer, mention.span, namesake, 'admin1', 0.6) : null;
}

const COUNTRY_ID = /^country:([A-Z]{2})$/;

/** "Georgia" in a report about the United States and not about Georgia is the US state. */
export function provinceInsteadOfCountry(gazetteer: Gazetteer, mention: PlaceMention, name: string, countries: ReadonlySet<string>): PlaceMention {
  const own = COUNTRY_ID.exec(mention.placeId ?? '')?.[1];
  if (own === undefined || countries.has(own)) return mention;
  const namesake = spellingNamesakes(gazetteer, name).find((u) => u.countryCode !== own && countries.has(u.countryCode));
  return namesake ? adminMention(gazetteer, mention.span, namesake, mention.level === 'region' ? 'region' : 'admin1', 0.6) : mention;
}
