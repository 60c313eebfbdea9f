import { unwrapRing } from './antimeridian.ts';
import type { BoundaryLines } from './boundary-lines.ts';

/**
 * Imported admin units as areas a map can fill: each unit's rings (as `boundaryLines` thinned them) sorted
 * into outer rings and the holes inside them (an enclave is a hole in the unit around it). Which is which
 * comes from geometry, not from the file's winding order, which publishers do not agree on: the largest
 * ring is an outer ring; a ring wound the other way and lying inside an outer ring is its hole.
 */

type Ring = [number, number][];

export interface BoundaryArea {
  readonly type: 'Feature';
  readonly properties: { readonly name: string; readonly code: string; readonly country: string; readonly iso3: string | null; readonly level: 1 | 2 };
  readonly geometry: { readonly type: 'MultiPolygon'; readonly coordinates: Ring[][] };
}

export interface BoundaryAreas {
  readonly type: 'FeatureCollection';
  readonly features: BoundaryArea[];
}

/** Twice the signed area (shoelace): positive counter-clockwise. */
export function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  return sum;
}

/** Even-odd ray casting; a point on the boundary may fall either way. */
export function insideRing(point: readonly [number, number], ring: Ring): boolean {
  const [x, y] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function polygonsOf(rings: readonly Ring[]): Ring[][] {
  const closed = rings.filter((r) => r.length >= 4);
  if (closed.length === 0) return [];
  const largest = closed.reduce((a, b) => (Math.abs(signedArea(b)) > Math.abs(signedArea(a)) ? b : a));
  const outerSign = Math.sign(signedArea(largest));
  const polygons: Ring[][] = [];
  const holes: Ring[] = [];
  for (const ring of closed) (Math.sign(signedArea(ring)) === outerSign ? polygons.push([ring]) : holes.push(ring));
  for (const hole of holes) {
    const owner = polygons.find((p) => insideRing(hole[0]!, p[0]!));
    // A ring wound the wrong way inside nothing is an island drawn backwards: an outer ring of its own.
    if (owner) owner.push(hole);
    else polygons.push([hole]);
  }
  return polygons;
}

export function boundaryAreas(lines: BoundaryLines, iso3Of: (country: string) => string | null): BoundaryAreas {
  return {
    type: 'FeatureCollection',
    features: lines.features.flatMap((line) => {
      const coordinates = polygonsOf(line.geometry.coordinates.map((ring) => unwrapRing(ring)));
      if (coordinates.length === 0) return [];
      return [{ type: 'Feature' as const, properties: { ...line.properties, iso3: iso3Of(line.properties.country) }, geometry: { type: 'MultiPolygon' as const, coordinates } }];
    }),
  };
}
