import { describe, expect, it } from 'vitest';
import { boundaryAreas, insideRing, polygonsOf } from './boundary-areas.ts';
import type { BoundaryLines } from './boundary-lines.ts';

type Ring = [number, number][];
const square = (x: number, y: number, side: number, clockwise = false): Ring => {
  const ring: Ring = [[x, y], [x + side, y], [x + side, y + side], [x, y + side], [x, y]];
  return clockwise ? ring.reverse() : ring;
};

describe('polygonsOf', () => {
  const rows: [string, Ring[], number[][]][] = [
    ['one ring', [square(0, 0, 2)], [[5]]],
    ['an island beside the mainland', [square(0, 0, 2), square(5, 5, 1)], [[5], [5]]],
    ['an enclave: a hole in the ring round it', [square(0, 0, 4), square(1, 1, 1, true)], [[5, 5]]],
    ['winding the other way round throughout', [square(0, 0, 4, true), square(1, 1, 1)], [[5, 5]]],
    ['a backwards island outside everything is its own polygon', [square(0, 0, 4), square(9, 9, 1, true)], [[5], [5]]],
    ['too short to be a ring', [[[0, 0], [1, 1], [0, 0]]], []],
  ];
  it.each(rows)('%s', (_name, rings, shape) => {
    expect(polygonsOf(rings).map((p) => p.map((r) => r.length))).toEqual(shape);
  });
});

describe('insideRing', () => {
  it.each<[[number, number], boolean]>([[[1, 1], true], [[3, 1], false], [[-0.5, 1], false]])('%j inside a 2-degree square: %s', (point, inside) => {
    expect(insideRing(point, square(0, 0, 2))).toBe(inside);
  });
});

describe('boundaryAreas', () => {
  it('fills each unit, with its country’s ISO3 code', () => {
    const lines: BoundaryLines = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { name: 'Northern', code: '01', country: 'RU', level: 1 }, geometry: { type: 'MultiLineString', coordinates: [square(0, 0, 2)] } }],
    };
    const areas = boundaryAreas(lines, (c) => (c === 'RU' ? 'RUR' : null));
    expect(areas.features.map((f) => [f.properties.name, f.properties.iso3, f.geometry.type, f.geometry.coordinates.length])).toEqual([['Northern', 'RUR', 'MultiPolygon', 1]]);
  });
});
