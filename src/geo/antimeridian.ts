/**
 * Rings that cross the 180° meridian (Fiji, Chukotka, an island group astride it) as one continuous line:
 * where a step jumps more than half the world, it really crossed the meridian, so the points after it are
 * moved by 360° (179.8 → -179.9 becomes 179.8 → 180.1). Maps draw such a ring across the meridian (MapLibre
 * wraps what lies beyond ±180 onto the other side) instead of as a band across the whole world; point tests
 * and areas stay right. Pure; a ring that crosses nothing comes back unchanged.
 */

type Position = readonly [number, number] | readonly number[];

export function unwrapRing<P extends Position>(ring: readonly P[]): P[] {
  let shift = 0;
  let crossed = false;
  const out = ring.map((point, i) => {
    if (i > 0) {
      const step = point[0]! - ring[i - 1]![0]!;
      if (step > 180) (shift -= 360), (crossed = true);
      else if (step < -180) (shift += 360), (crossed = true);
    }
    return (shift === 0 ? point : [point[0]! + shift, ...point.slice(1)]) as P;
  });
  return crossed ? out : [...ring];
}

type Coords = number[];

/** Every ring of a (Multi)Polygon or (Multi)LineString, unwrapped; other geometries as they are. */
export function unwrapGeometry<G extends { readonly type: string }>(geometry: G): G {
  const g = geometry as unknown as { type: string; coordinates: unknown };
  switch (g.type) {
    case 'LineString':
      return { ...geometry, coordinates: unwrapRing(g.coordinates as Coords[]) };
    case 'Polygon':
    case 'MultiLineString':
      return { ...geometry, coordinates: (g.coordinates as Coords[][]).map((r) => unwrapRing(r)) };
    case 'MultiPolygon':
      return { ...geometry, coordinates: (g.coordinates as Coords[][][]).map((p) => p.map((r) => unwrapRing(r))) };
    default:
      return geometry;
  }
}
