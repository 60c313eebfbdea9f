import type { PlaceMention } from '../core/mention.ts';

/**
 * "39 km north-north-east of Donetsk": a point that distance and bearing from the town's, never the town's
 * own point. Only a town the gazetteer places can anchor one.
 */
const OFFSET =
  /(\d+(?:\.\d+)?)\s*(km|kms|kilomet(?:re|er)s?|miles?)\s+(?:to\s+the\s+)?((?:north|south|east|west)(?:-?(?:north|south|east|west)){0,2})\s+of\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?$/i;
const BEARING: Readonly<Record<string, number>> = { north: 0, east: 90, south: 180, west: 270 };
const KM_PER_MILE = 1.609344;
const KM_PER_DEGREE = 111.32;
// Beyond this the anchor's district says little about where the point lies.
const SAME_DISTRICT_KM = 10;

/** Halfway between two bearings, the short way round: north and west give north-west (315), not 135. */
function between(a: number, b: number): number {
  const diff = ((b - a + 540) % 360) - 180;
  return (a + diff / 2 + 360) % 360;
}

/** "north-north-east" -> 22.5: the last two words make the base bearing, a first word leans it towards itself. */
export function bearingOf(direction: string): number {
  const words = direction.toLowerCase().match(/north|south|east|west/g) ?? [];
  const degrees = words.map((w) => BEARING[w]!);
  if (degrees.length === 1) return degrees[0]!;
  const base = between(degrees[degrees.length - 2]!, degrees[degrees.length - 1]!);
  return degrees.length === 3 ? between(degrees[0]!, base) : base;
}

export interface Offset {
  readonly place: PlaceMention;
  /** The words that say how far and which way, for the record's `implied` reason. */
  readonly phrase: string;
}

/** The place moved as the words right before it say, or null when they give no distance and bearing. */
export function offsetPlace(text: string, place: PlaceMention): Offset | null {
  if (place.level !== 'town' || place.latitude === null || place.longitude === null) return null;
  const window = text.slice(Math.max(0, place.span.start - 80), place.span.start);
  const found = OFFSET.exec(window);
  if (!found) return null;
  const km = Number(found[1]) * (/^mi/i.test(found[2]!) ? KM_PER_MILE : 1);
  const radians = (bearingOf(found[3]!) * Math.PI) / 180;
  const latitude = place.latitude + (km * Math.cos(radians)) / KM_PER_DEGREE;
  const longitude = place.longitude + (km * Math.sin(radians)) / (KM_PER_DEGREE * Math.cos((place.latitude * Math.PI) / 180));
  const round = (x: number): number => Math.round(x * 1e5) / 1e5;
  const moved = { ...place, latitude: round(latitude), longitude: round(longitude), admin2: km <= SAME_DISTRICT_KM ? place.admin2 : null };
  return { place: moved, phrase: `${found[0]!.trim()} ${text.slice(place.span.start, place.span.end)}` };
}
