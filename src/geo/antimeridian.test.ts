import { describe, expect, it } from 'vitest';
import { unwrapGeometry, unwrapRing } from './antimeridian.ts';
import { insideRing, signedArea } from './boundary-areas.ts';

type Ring = [number, number][];
// Vanua Levu (Fiji) in the rough: an island astride 180°, as a file stores it, jumping from +180 to -180.
const ASTRIDE: Ring = [[178.9, -16.9], [179.6, -16.4], [-179.9, -16.2], [-179.6, -16.6], [179.8, -17.0], [178.9, -16.9]];

describe('unwrapRing', () => {
  const rows: [string, Ring, Ring][] = [
    ['crossing eastward and back', ASTRIDE, [[178.9, -16.9], [179.6, -16.4], [180.1, -16.2], [180.4, -16.6], [179.8, -17.0], [178.9, -16.9]]],
    ['starting west of the meridian', [[-179.5, 1], [179.5, 1], [179.5, 2], [-179.5, 2], [-179.5, 1]], [[-179.5, 1], [-180.5, 1], [-180.5, 2], [-179.5, 2], [-179.5, 1]]],
    ['crossing nothing', [[10, 10], [11, 10], [11, 11], [10, 10]], [[10, 10], [11, 10], [11, 11], [10, 10]]],
  ];
  it.each(rows)('%s', (_name, ring, expected) => {
    expect(unwrapRing(ring).map(([x, y]) => [Math.round(x * 10) / 10, y])).toEqual(expected);
  });

  it('makes a ring astride 180° small and its inside inside', () => {
    // Raw, the ring spans the world and a point on the island at 179.9° is outside it.
    expect(Math.abs(signedArea(ASTRIDE))).toBeGreaterThan(100);
    const ring = unwrapRing(ASTRIDE);
    expect(Math.abs(signedArea(ring))).toBeLessThan(2);
    expect(insideRing([179.9, -16.5], ring)).toBe(true);
  });

  it('unwraps every ring of a multipolygon, leaving points alone', () => {
    const multi = unwrapGeometry({ type: 'MultiPolygon', coordinates: [[ASTRIDE]] });
    expect(Math.max(...multi.coordinates[0]![0]!.map((p) => p[0]))).toBeCloseTo(180.4);
    const point = { type: 'Point', coordinates: [179, 1] };
    expect(unwrapGeometry(point)).toBe(point);
  });
});
