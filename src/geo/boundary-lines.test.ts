import { describe, expect, it } from 'vitest';
import type { BoundaryShapes } from './boundary-index.ts';
import { boundaryLines } from './boundary-lines.ts';

const unit = (level: 1 | 2, code: string, name: string) => ({ level, countryCode: 'RU', code, name, aliases: [] });

/** Two provinces (one with two rings) and a district: what an import stores, in its flat layout. */
function shapes(): BoundaryShapes {
  const rings = [
    [[20, 45], [20.001, 45], [20.5, 45], [20.5, 45.5], [20, 45]],
    [[21, 46], [21.5, 46], [21, 46]],
    [[22, 44], [22.5, 44], [22.5, 44.5], [22, 44]],
    [[20.1, 45.1], [20.2, 45.1], [20.1, 45.1]],
  ];
  const owners = [0, 0, 1, 2];
  const coords = new Float32Array(rings.flat(2));
  const starts: number[] = [];
  let at = 0;
  for (const ring of rings) (starts.push(at), (at += ring.length));
  return {
    units: [unit(1, '01', 'Northern'), unit(1, '02', 'Southern'), unit(2, '01.A', 'Velka district')],
    coords,
    ringUnit: Int32Array.from(owners),
    ringStart: Int32Array.from(starts),
    ringEnd: Int32Array.from(rings.map((r, i) => starts[i]! + r.length)),
  };
}

describe('boundaryLines', () => {
  it('gives each unit of the level its rings as lines, thinned, ends kept', () => {
    const lines = boundaryLines([shapes()], 1, 0.01);
    expect(lines.features.map((f) => [f.properties.name, f.properties.level, f.geometry.coordinates.length])).toEqual([['Northern', 1, 2], ['Southern', 1, 1]]);
    // The point 0.001 degrees on is dropped; the closing point stays.
    expect(lines.features[0]!.geometry.coordinates[0]).toEqual([[20, 45], [20.5, 45], [20.5, 45.5], [20, 45]]);
  });

  it('keeps the levels apart, and gives nothing for none', () => {
    expect(boundaryLines([shapes()], 2, 0.01).features.map((f) => f.properties.code)).toEqual(['01.A']);
    expect(boundaryLines([], 1, 0.01).features).toEqual([]);
  });
});
