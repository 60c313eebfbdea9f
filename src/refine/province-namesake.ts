import type { PlaceMention } from '../core/mention.ts';
import { adminMention, townMention } from '../extract/places/place-mention.ts';
import type { Gazetteer, GazetteerPlace } from '../geo/gazetteer.ts';
import { spellingNamesakes } from '../geo/spelling-namesakes.ts';
import type { HomeProvinces } from '../geo/home-provinces.ts';

const ADMIN1_ID = /^admin1:([A-Z]{2})\./;
// A town read from the report's other places, not from its own name.
const TOWN_FOR_COUNTRY_SCORE = 0.6;
// Half a name's worth of support: one other name whose places are all near, or two shared with one other place.
const NEAR_NAMED_SUPPORT = 0.5;

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

/**
 * "Georgia" in a report about the United States and not about Georgia is the US state. So it is in a report
 * about both when the report's settled towns lie in the state and none in the country ("north Georgia"
 * beside Atlanta): `home` says where they lie, once the first pass has settled some.
 */
export function provinceInsteadOfCountry(gazetteer: Gazetteer, mention: PlaceMention, name: string, countries: ReadonlySet<string>, home: HomeProvinces | null): PlaceMention {
  const own = COUNTRY_ID.exec(mention.placeId ?? '')?.[1];
  if (own === undefined) return mention;
  const settled = home !== null && !home.holdsCountry(own);
  const namesake = spellingNamesakes(gazetteer, name).find(
    (u) => u.countryCode !== own && countries.has(u.countryCode) && (!countries.has(own) || (settled && home.holds(`${u.countryCode}.${u.code}`))),
  );
  return namesake ? adminMention(gazetteer, mention.span, namesake, mention.level === 'region' ? 'region' : 'admin1', 0.6) : mention;
}

/**
 * "400 Locust St., Lebanon", "a Jordan resident": a country's name in a report plainly about another country,
 * where a town of that name lies near the report's other places or in a county it names, is that town.
 * So it is, in such a report, wherever the words around it use it as a town's (`cued`): "a Palestine man".
 */
export function townInsteadOfCountry(
  gazetteer: Gazetteer,
  mention: PlaceMention,
  name: string,
  countries: ReadonlySet<string>,
  support: ReadonlyMap<string, number>,
  inNamedCounty: (place: GazetteerPlace) => boolean,
  cued: boolean,
): PlaceMention | null {
  const own = COUNTRY_ID.exec(mention.placeId ?? '')?.[1];
  if (own === undefined) return null;
  // The report may be about the country and another one ("Lebanon" said three times in a Pennsylvania
  // obituary): then only a town that other places name plainly near it, or words used of towns, are believed.
  const least = cued ? 0 : countries.has(own) ? NEAR_NAMED_SUPPORT : Number.MIN_VALUE;
  let best: { place: GazetteerPlace; support: number } | null = null;
  for (const m of gazetteer.match(name)) {
    if (m.distance > 0 || !m.primary || m.place.countryCode === own || !countries.has(m.place.countryCode)) continue;
    const near = (support.get(m.place.id) ?? 0) + (inNamedCounty(m.place) ? 1 : 0);
    if (near >= least && (!best || near > best.support)) best = { place: m.place, support: near };
  }
  return best ? townMention(gazetteer, mention.span, best.place, TOWN_FOR_COUNTRY_SCORE) : null;
}
