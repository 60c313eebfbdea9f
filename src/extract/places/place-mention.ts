import type { PlaceMention } from '../../core/mention.ts';
import type { Span } from '../../core/span.ts';
import type { AdminUnit, CountryInfo, Gazetteer, GazetteerPlace } from '../../geo/gazetteer.ts';
import type { WorldArea } from '../../geo/world-areas.ts';

/** Scores at or above this mean the text itself says the name is a place ("town of X", "X Province"). */
export const CUED_SCORE = 0.7;
/** A name the sentence alone cannot vouch for (a small town's name opening it): kept when the report names it again. */
export const TENTATIVE_SCORE = 0.05;

/** A town or village: the only level that carries a point. */
export function townMention(gazetteer: Gazetteer, span: Span, place: GazetteerPlace, score: number): PlaceMention {
  const country = gazetteer.country(place.countryCode);
  const admin1 = place.admin1Code ? gazetteer.admin1(place.countryCode, place.admin1Code) : null;
  const admin2 =
    place.admin1Code && place.admin2Code ? gazetteer.admin2(place.countryCode, place.admin1Code, place.admin2Code) : null;
  return {
    kind: 'place',
    span,
    name: place.name,
    placeId: place.id,
    country: country?.name ?? null,
    iso3: country?.iso3 ?? null,
    admin1: admin1?.name ?? null,
    admin2: admin2?.name ?? null,
    latitude: place.latitude,
    longitude: place.longitude,
    level: 'town',
    feature: place.feature,
    score,
  };
}

/** A named place the gazetteer does not know: kept so the resolver can place it from context. */
export function unknownTownMention(span: Span, name: string, score: number): PlaceMention {
  return {
    kind: 'place', span, name, placeId: null, country: null, iso3: null, admin1: null, admin2: null,
    latitude: null, longitude: null, level: 'town', feature: null, score,
  };
}

/** A province or a direction of one: never a point, so coordinates stay null. */
export function adminMention(
  gazetteer: Gazetteer,
  span: Span,
  unit: AdminUnit,
  level: 'admin1' | 'region',
  score: number,
): PlaceMention {
  const country = gazetteer.country(unit.countryCode);
  return {
    kind: 'place', span, name: unit.name, placeId: `admin1:${unit.countryCode}.${unit.code}`,
    country: country?.name ?? null, iso3: country?.iso3 ?? null, admin1: unit.name, admin2: null,
    latitude: null, longitude: null, level, feature: 'ADM1', score,
  };
}

/** A district named as such ("Al Amadiya district"): its unit is found from context later. */
export function districtMention(span: Span, name: string, score: number): PlaceMention {
  return {
    kind: 'place', span, name, placeId: null, country: null, iso3: null, admin1: null, admin2: name,
    latitude: null, longitude: null, level: 'admin2', feature: 'ADM2', score,
  };
}

export function countryMention(span: Span, country: CountryInfo, level: 'country' | 'region', score: number): PlaceMention {
  return {
    kind: 'place', span, name: country.name, placeId: `country:${country.code}`, country: country.name,
    iso3: country.iso3, admin1: null, admin2: null, latitude: null, longitude: null, level, feature: 'PCLI', score,
  };
}

/**
 * A continent or world region ("Europe", "West Africa"): a set of countries, so no point and no province; the
 * country only when the region lies inside one ("Darfur").
 */
export function areaMention(gazetteer: Gazetteer, span: Span, area: WorldArea, score: number): PlaceMention {
  const country = area.within ? gazetteer.country(area.within) : null;
  return {
    kind: 'place', span, name: area.name, placeId: `area:${area.key}`, country: country?.name ?? null, iso3: country?.iso3 ?? null,
    admin1: null, admin2: null, latitude: null, longitude: null, level: 'area', feature: area.kind === 'continent' ? 'CONT' : 'RGN', score,
  };
}
