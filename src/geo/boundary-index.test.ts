import { describe, expect, it } from 'vitest';
import { encodeBoundaries } from './boundary-file.ts';
import { BoundaryIndex, type BoundaryShapes } from './boundary-index.ts';
import type { BoundaryUnit } from './boundary-units.ts';
import { boundaryUnit } from './boundary-units.ts';
import { topologyFeatures, type Ring } from './topojson.ts';

const square = (west: number, south: number, east: number, north: number): Ring => [[west, south], [east, south], [east, north], [west, north], [west, south]];

function shapesOf(units: BoundaryUnit[], rings: Ring[][]): BoundaryShapes {
  const { meta, coords } = encodeBoundaries(units, rings);
  const parsed = JSON.parse(meta) as { rings: [number, number, number][] };
  return {
    units,
    coords: new Float32Array(coords.buffer.slice(coords.byteOffset, coords.byteOffset + coords.byteLength)),
    ringUnit: Int32Array.from(parsed.rings, (r) => r[0]),
    ringStart: Int32Array.from(parsed.rings, (r) => r[1]),
    ringEnd: Int32Array.from(parsed.rings, (r) => r[2]),
  };
}

const province: BoundaryUnit = { level: 1, countryCode: 'SY', code: '12', name: 'Idlib', aliases: [] };
// A district with a hole (a town carved out as its own unit) and an island across a cell border.
const district: BoundaryUnit = { level: 2, countryCode: 'SY', code: '12.SY0702', name: "Al Ma'ra", aliases: [] };
const town: BoundaryUnit = { level: 2, countryCode: 'SY', code: '12.SY0799', name: 'Enclave', aliases: [] };
const index = new BoundaryIndex([
  shapesOf(
    [province, district, town],
    [[square(35.9, 35.0, 37.5, 36.5)], [square(36.2, 35.4, 36.8, 35.8), square(36.6, 35.6, 36.7, 35.7), square(36.95, 35.95, 37.05, 36.05)], [square(36.6, 35.6, 36.7, 35.7)]],
  ),
]);

describe('BoundaryIndex.unitsAt', () => {
  const table: readonly (readonly [string, number, number, string | null, string | null])[] = [
    ['inside the district', 35.5, 36.3, 'Idlib', "Al Ma'ra"],
    ['in the hole: the enclave, not the district', 35.65, 36.65, 'Idlib', 'Enclave'],
    ['on the island across a cell border', 36.01, 37.0, 'Idlib', "Al Ma'ra"],
    ['in the province only', 36.3, 36.0, 'Idlib', null],
    ['outside everything', 33.5, 36.3, null, null],
  ];
  it.each(table)('%s', (_label, lat, lon, admin1, admin2) => {
    const found = index.unitsAt(lat, lon);
    expect([found.admin1?.name ?? null, found.admin2?.name ?? null]).toEqual([admin1, admin2]);
  });
});

describe('TopoJSON features', () => {
  // Two squares sharing their middle edge (arc 1), quantized with a transform and delta-encoded.
  const topology = {
    type: 'Topology',
    transform: { scale: [0.5, 0.5], translate: [36, 35] },
    arcs: [
      [[2, 0], [-2, 0], [0, 2], [2, 0]],
      [[2, 2], [0, -2]],
      [[2, 2], [2, 0], [0, -2], [-2, 0]],
    ],
    objects: {
      districts: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', arcs: [[0, 1]], properties: { adm2_en: 'West', adm2_pcode: 'SY0101', adm1_en: 'Hama', adm1_pcode: 'SY05' } },
          { type: 'MultiPolygon', arcs: [[[2, ~1]]], properties: { adm2_en: 'East', adm2_pcode: 'SY0102', adm1_en: 'Hama', adm1_pcode: 'SY05' } },
        ],
      },
    },
  };

  it('decodes quantized arcs, reversed arcs included, into closed rings', () => {
    const features = topologyFeatures(topology);
    expect(features.map((f) => f.rings[0])).toEqual([
      [[37, 35], [36, 35], [36, 36], [37, 36], [37, 35]],
      [[37, 36], [38, 36], [38, 35], [37, 35], [37, 36]],
    ]);
  });

  it('reads each feature as a district of the province it names, or says why not', () => {
    const [west] = topologyFeatures(topology);
    const codes = (country: string, names: readonly string[]) => (country === 'SY' && names.includes('Hama') ? '10' : null);
    expect(boundaryUnit(west!, codes)).toMatchObject({ level: 2, countryCode: 'SY', code: '10.SY0101', name: 'West' });
    const withArabic = { properties: { adm2_en: 'Afrin', adm2_ar: 'عفرين', adm2_pcode: 'SY0203', adm1_en: 'Aleppo', adm1_ar: 'حلب', adm1_pcode: 'SY02' }, rings: [] };
    expect(boundaryUnit(withArabic, () => '09')).toMatchObject({ code: '09.SY0203', aliases: ['عفرين'] });
    expect(boundaryUnit({ properties: { name: 'Hamah', iso_a2: 'SY' }, rings: [] }, codes)).toMatchObject({ level: 1, code: 'Hamah' });
    expect(boundaryUnit({ properties: { NAME_EN: 'Idleb', PCODE: 'SY07' }, rings: [] }, () => '12')).toMatchObject({ level: 1, countryCode: 'SY', code: '12' });
    expect(boundaryUnit({ properties: { NAME_EN: 'Idleb', PCODE: 'SY0700', ADMIN1_COD: 'SY07', ADMIN1_EN: 'Idleb' }, rings: [] }, () => '12')).toMatchObject({ level: 2, code: '12.SY0700' });
    expect(boundaryUnit({ properties: { name: 'Somewhere' }, rings: [] }, codes)).toBe('no country for "Somewhere" (give --country)');
  });
});
