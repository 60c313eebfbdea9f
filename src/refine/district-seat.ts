import type { PlaceMention } from '../core/mention.ts';
import { townMention } from '../extract/places/place-mention.ts';
import type { Gazetteer, GazetteerPlace, PlaceMatch } from '../geo/gazetteer.ts';

/** Features of a town that is the seat of some administrative unit. */
const SEATS = new Set(['PPLC', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4']);

/**
 * The town a district named in a report takes its name from, when the district table does not know that
 * name: "Atareb district" is a sub-district of Jebel Saman in OCHA's units, named after its seat Atareb.
 * Only a seat of exactly that name, in the countries the report is about (any country when it names
 * none), or one spelling step from it in a province the report names (`provinces`, "SY.09"); and only
 * when every such seat lies in one second-level unit.
 */
export function districtSeat(gazetteer: Gazetteer, name: string, countries: ReadonlySet<string>, provinces: ReadonlySet<string> = new Set()): GazetteerPlace | null {
  if (gazetteer.admin2ByName(name).some((u) => countries.size === 0 || countries.has(u.countryCode))) return null;
  const matches = gazetteer.match(name);
  const exact = seatIn(matches, 0, (p) => countries.size === 0 || countries.has(p.countryCode));
  // "Ain Eissa district" for OCHA's seat "Ein Issa": one spelling step, only in a province the report names.
  return exact !== undefined ? exact : seatIn(matches, 1, (p) => provinces.has(`${p.countryCode}.${p.admin1Code}`)) ?? null;
}

/** The seat at that spelling distance; null when seats of that spelling lie in two units, undefined when none. */
function seatIn(matches: readonly PlaceMatch[], distance: number, where: (p: GazetteerPlace) => boolean): GazetteerPlace | null | undefined {
  const seats = matches
    .filter((m) => m.distance === distance && SEATS.has(m.place.feature) && m.place.admin1Code !== null && m.place.admin2Code !== null)
    .map((m) => m.place)
    .filter(where);
  const units = new Set(seats.map((p) => `${p.countryCode}.${p.admin1Code}.${p.admin2Code}`));
  return units.size === 0 ? undefined : units.size === 1 ? seats[0]! : null;
}

/** A district named after its seat: the seat's own district and province, never the seat's point. */
export function seatDistrict(gazetteer: Gazetteer, mention: PlaceMention, seat: GazetteerPlace): PlaceMention {
  const town = townMention(gazetteer, mention.span, seat, mention.score);
  return { ...town, name: mention.name, admin2: town.admin2 ?? mention.admin2, placeId: null, latitude: null, longitude: null, level: 'admin2', feature: 'ADM2' };
}
