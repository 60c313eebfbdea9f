import type { MapArea } from '../../src/api/routes/map-routes.ts';
import { insideRing } from '../../src/geo/boundary-areas.ts';

/**
 * Which imported admin unit an area of the map (events placed only to a province) stands for: a unit of the
 * same country whose name is the area's, spelt loosely (Idlib = Idleb, "Idlib Governorate"), else the one
 * unit of that country whose outline holds the area's anchor. Null when neither: the area keeps its ring.
 */

export interface AreaPolygon {
  readonly properties: { readonly name: string; readonly iso3: string | null };
  readonly geometry: { readonly coordinates: [number, number][][][] };
}

const GENERIC = /\b(governorate|province|state|region|division|department|district|muhafazat|wilayah?|oblast)\b/g;

/** A name as a key: letters only, no diacritics or generic words, vowels dropped after the first letter. */
export function nameKey(name: string): string {
  const letters = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(GENERIC, '').replace(/^(al|el|as|ad|ar)[\s-]+/, '').replace(/[^a-z]/g, '');
  return letters.slice(0, 1) + letters.slice(1).replace(/[aeiouyh]/g, '').replace(/(.)\1+/g, '$1');
}

function holds(polygon: AreaPolygon, point: [number, number]): boolean {
  return polygon.geometry.coordinates.some(([outer, ...holes]) =>
    // A ring astride 180° comes with longitudes past 180: try the point there too.
    [point, [point[0] + 360, point[1]] as [number, number]].some((p) => insideRing(p, outer!) && !holes.some((h) => insideRing(p, h))));
}

export function matchArea<P extends AreaPolygon>(area: Pick<MapArea, 'iso3' | 'admin1' | 'lon' | 'lat'>, polygons: readonly P[]): P | null {
  if (area.admin1 === null || area.iso3 === null) return null;
  const ofCountry = polygons.filter((p) => p.properties.iso3 === area.iso3);
  const key = nameKey(area.admin1);
  const named = ofCountry.filter((p) => nameKey(p.properties.name) === key);
  if (named.length === 1) return named[0]!;
  const around = (named.length > 1 ? named : ofCountry).filter((p) => holds(p, [area.lon, area.lat]));
  return around.length === 1 ? around[0]! : null;
}
