import type { PlaceMention } from '../core/mention.ts';
import type { AdminUnit, PlaceMatch } from '../geo/gazetteer.ts';
import { CITIES500_SOURCE } from '../geo/embedded-gazetteer.ts';
import type { HomeProvinces } from '../geo/home-provinces.ts';
import type { NearPlaces } from '../geo/near-places.ts';
import type { NamedUnitIndex } from '../geo/place-context.ts';
import { nameWords } from '../geo/place-key.ts';
import { placeProminence } from '../geo/place-prominence.ts';
import type { NamedCounties } from './named-counties.ts';

/**
 * How the resolver weighs one candidate place for a name: its spelling and size, then what the whole report
 * says (its countries, provinces, districts, other settled places). `resolve-places.ts` picks the best.
 */

export interface DocumentContext {
  /** The provinces the document names, in the countries it is about when it is plainly about few. */
  readonly units: NamedUnitIndex;
  /** The countries the document is about: a candidate inside one beats any candidate outside. */
  readonly countries: ReadonlySet<string>;
  readonly admin1s: ReadonlySet<string>;
  /** The document is plainly about one or two countries: places elsewhere must be famous to be believed. */
  readonly strict: boolean;
  /** Where a name nothing else places is put, at country level. */
  readonly dominant: string | null;
  /** The evidence per country, for the slight leaning of a document that names no country plainly. */
  readonly weights: ReadonlyMap<string, number>;
  /** Per candidate place id, how much the document's other town names support it by lying near it. */
  readonly support: ReadonlyMap<string, number>;
  /** Country names listed beside other countries' names: countries whatever namesake provinces the report is near. */
  readonly listed: ReadonlySet<PlaceMention>;
  /** Names listed among provinces of one country, spelt as another of its provinces: that province. */
  readonly listedProvinces: ReadonlyMap<PlaceMention, AdminUnit>;
  /** The districts the report names with a unit word ("Butler County"): a town inside one is the one meant. */
  readonly counties: NamedCounties;
  /** The countries the report is about by its other names: "Portland" alone does not make a report Jamaican. */
  readonly countriesBesides: (name: string) => ReadonlySet<string>;
}

// Weights of the evidence for one candidate; the spelling counts most, then what the document names.
const SPELLING = [1, 0.45, 0.25, 0.15];
// The place's own name, not another place's alternate spelling ("Nis" is Nis before it is Nice).
const PRIMARY_NAME = 0.2;
const SAME_SENTENCE_ADMIN1 = 1.5;
const DOCUMENT_ADMIN1 = 1;
// More than every other piece of evidence together: "Kani" in a report about Myanmar is not the Japanese city.
const DOCUMENT_COUNTRY = 5;
// The capital of a country the report is about (by its other names) is named bare more than a namesake in a
// province it names: "the Naval Observatory in Washington" in a report naming North Carolina.
const CAPITAL = 1;
const NEAR_ANCHOR = 0.5;
// Per other name with a candidate nearby (shared among that name's candidates), up to a cap: less than a named country.
const SUPPORT = 0.6;
const SUPPORT_CAP = 1.2;
// Weak hints (a demonym, an actor's country) in a document that names no country: a lean, not a filter.
const LEANING = 2;
const LEANING_CAP = 2;
// Places the user imported (OCHA communities, a GeoNames country dump) are the list kept for the countries
// they monitor: at equal spelling and context, a village there beats a cities500 namesake of some size.
const IMPORTED = 0.3;
// Keys fold endings ("Tawileh" = "Tawil"); between two places of one key, the one spelt as the report spells it.
const SAME_LETTERS = 0.05;
const NEAR_KM = 60;
// More than a province named elsewhere in the report: a district is a smaller, surer frame.
const NAMED_DISTRICT = 1.5;
// Per other settled place in the candidate's province, up to a cap: local news names its state's towns, not the state.
const HOME = 0.3;
const HOME_CAP = 0.9;
// Capitals and large cities are named in reports from anywhere; small towns abroad rarely are.
export const PROMINENT = 5;
// In a report plainly about one country, only a capital or a great city elsewhere is named by its bare name.
export const FAMOUS = 7;

export interface Anchors {
  readonly near: NearPlaces;
  readonly home: HomeProvinces;
  /** The place this very mention settled on in the first pass, which must not count as a neighbour. */
  readonly except: string | undefined;
}

export function scoreCandidate(
  m: PlaceMatch,
  doc: DocumentContext,
  sentenceAdmin1s: ReadonlySet<string>,
  anchors: Anchors | null,
  letters: string,
  own: ReadonlySet<string>,
  besides: ReadonlySet<string>,
): number {
  const p = m.place;
  const admin1 = `${p.countryCode}.${p.admin1Code}`;
  let score = SPELLING[Math.min(m.distance, SPELLING.length - 1)]! + placeProminence(p.feature, p.population) / 10 + (m.primary ? PRIMARY_NAME : 0);
  // A province only this very name names is no evidence for it.
  if (!own.has(admin1)) score += sentenceAdmin1s.has(admin1) ? SAME_SENTENCE_ADMIN1 : doc.admin1s.has(admin1) ? DOCUMENT_ADMIN1 : 0;
  if (p.admin2Code !== null && doc.counties.districts.has(`${admin1}.${p.admin2Code}`)) score += NAMED_DISTRICT;
  if (doc.countries.has(p.countryCode)) score += DOCUMENT_COUNTRY + (p.feature === 'PPLC' && besides.has(p.countryCode) ? CAPITAL : 0);
  // "regime forces shelled Al-Bara": no country named, but the actors lean to one; Bar in Montenegro is less likely.
  else if (doc.countries.size === 0) score += Math.min(LEANING_CAP, (doc.weights.get(p.countryCode) ?? 0) * LEANING);
  // A settled place near the candidate says the same as one in its province: counted once.
  if (anchors?.near.hasNear(p, NEAR_KM, anchors.except)) score += NEAR_ANCHOR;
  else if (anchors) score += Math.min(HOME_CAP, anchors.home.others(p, anchors.except) * HOME);
  score += Math.min(SUPPORT_CAP, (doc.support.get(p.id) ?? 0) * SUPPORT);
  if (p.source !== CITIES500_SOURCE) score += IMPORTED;
  if (m.distance === 0 && nameWords(p.name).join(' ') === letters) score += SAME_LETTERS;
  return score;
}

export function isPlausible(m: PlaceMatch, doc: DocumentContext, cued: boolean, own: ReadonlySet<string>): boolean {
  const p = m.place;
  const admin1 = `${p.countryCode}.${p.admin1Code}`;
  // A near spelling is only believed inside a province the document names: "Jalmeh" is not a Russian Kholm.
  if (m.distance > 0) return doc.admin1s.has(admin1) && !own.has(admin1);
  if (doc.countries.has(p.countryCode)) return true;
  if (doc.strict) return m.primary && placeProminence(p.feature, p.population) >= FAMOUS;
  return doc.countries.size === 0 || cued || placeProminence(p.feature, p.population) >= PROMINENT;
}
