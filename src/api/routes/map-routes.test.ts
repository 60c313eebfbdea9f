import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDocument, testEvent } from '../../store/store-fixtures.ts';
import { startTestApi, type TestApi } from '../test-api.ts';

/** The map's clusters and the answer cache in front of the read routes, over real HTTP on a real SQLite file. */

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

interface Clusters {
  count: number;
  cells: { id: string | null; count: number }[];
  areas: { iso3: string; admin1: string | null; count: number }[];
}

describe('GET /api/map/clusters', () => {
  it('groups the filtered events, keeps area-level events apart, and names a bad parameter', async () => {
    const fiji = (await (await api.get('/api/map/clusters?country=Fiji&zoom=4')).json()) as Clusters;
    expect(fiji.count).toBe(2);
    // The fixture's events carry no geo_precision: not known to be exact, so areas, never points.
    expect(fiji.cells).toEqual([]);
    expect(fiji.areas.map((a) => [a.admin1, a.count]).sort()).toEqual([['Eastern', 1], ['Northern', 1]]);
    for (const [query, field] of [['min_killed=many&zoom=2', 'min_killed'], ['zoom=40', 'zoom'], ['zoom=2&view=10,10,5,5', 'view'], ['country=Fiji', 'zoom']] as const) {
      const bad = await api.get(`/api/map/clusters?${query}`);
      expect(bad.status, query).toBe(400);
      expect(((await bad.json()) as { field: string }).field, query).toBe(field);
    }
  });
});

describe('GET /api/map/boundaries', () => {
  it('answers an empty collection when no boundaries were imported, and names a bad level', async () => {
    expect(await (await api.get('/api/map/boundaries')).json()).toEqual({ type: 'FeatureCollection', features: [] });
    const bad = await api.get('/api/map/boundaries?level=3');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { field: string }).field).toBe('level');
  });
});

describe('the answer cache', () => {
  it('serves a repeated read from memory, answers 304 to a matching ETag, and forgets everything on a write', async () => {
    const path = '/api/map/clusters?country=Fiji&zoom=5';
    const first = await api.get(path);
    expect(first.headers.get('x-sitrep-cache')).toBe('miss');
    const etag = first.headers.get('etag')!;
    const again = await api.get(path);
    expect(again.headers.get('x-sitrep-cache')).toBe('hit');
    expect(await again.text()).toBe(await first.text());
    const unchanged = await fetch(api.url + path, { headers: { 'if-none-match': etag } });
    expect(unchanged.status).toBe(304);

    const doc = testDocument('fiji-more', 'Fighting was reported in Fiji.');
    await api.store.putDocument(doc, [testEvent('fiji-more', 1, { country: 'Fiji', iso3: 'FJI', admin1: 'Western', event_type: 'Battles' })]);
    const after = await fetch(api.url + path, { headers: { 'if-none-match': etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get('x-sitrep-cache')).toBe('miss');
    expect(((await after.json()) as Clusters).count).toBe(3);
  });

  it('keeps nothing that failed', async () => {
    await api.get('/api/map/clusters?zoom=99');
    expect((await api.get('/api/map/clusters?zoom=99')).headers.get('x-sitrep-cache')).toBeNull();
  });
});
