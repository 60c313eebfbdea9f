import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoundaryShapes } from '../../geo/boundary-index.ts';
import { startTestApi, type TestApi } from '../test-api.ts';

/** GET /api/map/areas over real HTTP: imported units as filled areas, checked against the OpenAPI document. */

// A Fiji division astride 180° as a file stores it, and a Syrian province with an enclave (a hole).
const RINGS = [
  [[178.4, -16.9], [179.5, -16.1], [-179.7, -16.0], [-179.8, -16.8], [179.2, -17.1], [178.4, -16.9]],
  [[36.0, 35.5], [37.0, 35.5], [37.0, 36.3], [36.0, 36.3], [36.0, 35.5]],
  [[36.4, 35.8], [36.4, 36.0], [36.6, 36.0], [36.6, 35.8], [36.4, 35.8]],
];
function shapes(): BoundaryShapes {
  const starts: number[] = [];
  let at = 0;
  for (const ring of RINGS) (starts.push(at), (at += ring.length));
  return {
    units: [{ level: 1, countryCode: 'FJ', code: '02', name: 'Northern', aliases: [] }, { level: 1, countryCode: 'SY', code: '07', name: 'Idleb', aliases: [] }],
    coords: new Float32Array(RINGS.flat(2)),
    ringUnit: Int32Array.from([0, 1, 1]),
    ringStart: Int32Array.from(starts),
    ringEnd: Int32Array.from(RINGS.map((r, i) => starts[i]! + r.length)),
  };
}

let api: TestApi;
let bare: TestApi;
beforeAll(async () => {
  [api, bare] = await Promise.all([startTestApi({ boundaries: () => [shapes()] }), startTestApi()]);
});
afterAll(() => Promise.all([api.close(), bare.close()]));

describe('GET /api/map/areas', () => {
  it('gives each unit as a multipolygon with its ISO3 code, holes in place, rings astride 180° continuous', async () => {
    const response = await api.get('/api/map/areas?level=1');
    const body = (await response.json()) as { features: { properties: { name: string; iso3: string }; geometry: { coordinates: number[][][][] } }[] };
    const doc = (await (await api.get('/api/openapi.json')).json()) as { paths: Record<string, { get: { responses: Record<string, { content: Record<string, { schema: object }> }> } }> };
    const validate = new Ajv2020({ strict: false }).compile(doc.paths['/api/map/areas']!.get.responses['200']!.content['application/json']!.schema);
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    expect(body.features.map((f) => [f.properties.name, f.properties.iso3, f.geometry.coordinates.map((p) => p.length)])).toEqual([['Northern', 'FJI', [1]], ['Idleb', 'SYR', [2]]]);
    const fiji = body.features[0]!.geometry.coordinates[0]![0]!.map((p) => p[0]!);
    expect(Math.max(...fiji)).toBeGreaterThan(180);
    expect(Math.max(...fiji.slice(1).map((x, i) => Math.abs(x - fiji[i]!)))).toBeLessThan(180);
  });

  it('is empty when nothing was imported, and names a bad level', async () => {
    expect(await (await bare.get('/api/map/areas')).json()).toEqual({ type: 'FeatureCollection', features: [] });
    const bad = await bare.get('/api/map/areas?level=3');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ field: 'level' });
  });
});
