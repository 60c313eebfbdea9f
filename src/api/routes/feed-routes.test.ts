import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../ingest/csv.ts';
import { testDocument, testEvent } from '../../store/store-fixtures.ts';
import { startTestApi, type TestApi } from '../test-api.ts';

/** The routes that hand out many events at once: export, the changes feed and the timeline. */

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('GET /api/export', () => {
  it('streams the filtered events as JSONL, one record a line', async () => {
    const response = await api.get('/api/export?format=jsonl&country=Syria');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = (await response.text()).trim().split('\n').map((l) => JSON.parse(l) as { id: string });
    expect(lines.map((e) => e.id)).toEqual(['syria#1', 'syria#2', 'syria#3']);
  });

  it('writes ACLED CSV with a header and one row per event', async () => {
    const response = await api.get('/api/export?format=acled&event_type=Battles');
    expect(response.headers.get('content-disposition')).toContain('sitrep-events.csv');
    const records = parseCsvRecords(await response.text());
    expect(records.map((r) => [r.event_date, r.event_type, r.country])).toEqual([
      ['2020-01-06', 'Battles', 'Fiji'],
      ['2020-01-06', 'Battles', 'Fiji'],
      ['2019-06-20', 'Battles', 'Syria'],
    ]);
  });

  it('writes GeoJSON that parses whole', async () => {
    const response = await api.get('/api/export?format=geojson&bbox=36,35,37,36');
    const geojson = (await response.json()) as { type: string; features: unknown[] };
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features).toHaveLength(2);
  });

  it.each([
    ['format=xlsx', 'format'],
    ['format=jsonl&min_killed=x', 'min_killed'],
  ])('answers 400 naming the field for %s', async (query, field) => {
    const response = await api.get(`/api/export?${query}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ field });
  });
});

describe('GET /api/changes', () => {
  it('lists upserts with the event and deletions, in order, after a time', async () => {
    const since = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    const url = 'https://example.org/live-feed';
    await api.store.putDocument(testDocument('feed-a', 'Live. Shelling.', { url }), [testEvent('feed-a', 1, { event_date: '2024-05-01' })]);
    await new Promise((r) => setTimeout(r, 5));
    await api.store.putDocument(testDocument('feed-b', 'Live. Shelling. Two killed.', { url }), [testEvent('feed-b', 1, { event_date: '2024-05-01' })]);
    const response = await api.get(`/api/changes?since=${encodeURIComponent(since)}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { changes: { op: string; event_id: string; event: { id: string } | null }[]; next_cursor: string | null };
    expect(body.changes.map((c) => [c.op, c.event_id, c.event?.id ?? null])).toEqual([
      ['upsert', 'feed-a#1', null],
      ['delete', 'feed-a#1', null],
      ['upsert', 'feed-b#1', 'feed-b#1'],
    ]);
    expect(body.next_cursor).toBeNull();
  });

  it.each([
    ['', 'since'],
    ['since=yesterday', 'since'],
    ['since=2020-01-01&limit=0', 'limit'],
  ])('answers 400 naming the field for "%s"', async (query, field) => {
    const response = await api.get(`/api/changes?${query}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ field });
  });
});

describe('GET /api/stats/timeline', () => {
  it('counts events and killed per day by type, over the filtered events', async () => {
    const response = await api.get('/api/stats/timeline?country=Syria');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      interval: 'day',
      by: 'event_type',
      buckets: [
        { period: '2019-04-30', key: 'Explosions/Remote violence', events: 1, killed: 350 },
        { period: '2019-06-20', key: 'Battles', events: 1, killed: 3 },
        { period: '2019-06-21', key: 'Explosions/Remote violence', events: 1, killed: 12 },
      ],
    });
  });

  it('groups by ISO week and admin1', async () => {
    const response = await api.get('/api/stats/timeline?interval=week&by=admin1&country=FJI');
    const body = (await response.json()) as { buckets: unknown[] };
    expect(body.buckets).toEqual([
      { period: '2020-01-06', key: 'Eastern', events: 1, killed: 2 },
      { period: '2020-01-06', key: 'Northern', events: 1, killed: 1 },
    ]);
  });

  it('answers as columns when asked: per type, its events and killed per month', async () => {
    const response = await api.get('/api/stats/timeline?country=Syria&interval=month&shape=columns');
    expect(await response.json()).toEqual({
      interval: 'month',
      by: 'event_type',
      periods: ['2019-04-01', '2019-06-01'],
      keys: ['Battles', 'Explosions/Remote violence'],
      events: [[0, 1], [1, 1]],
      killed: [[0, 3], [350, 12]],
    });
  });

  it('stacks by first actor, by name, the largest kept and the rest summed as "(others)"; no actor stays apart', async () => {
    const all = await api.get('/api/stats/timeline?country=Syria&interval=month&by=actor&shape=columns');
    expect(await all.json()).toEqual({
      interval: 'month',
      by: 'actor',
      periods: ['2019-04-01', '2019-06-01'],
      keys: ['Hayat Tahrir al-Sham', 'Military Forces of Syria', null],
      events: [[0, 1], [0, 1], [1, 0]],
      killed: [[0, 3], [0, 12], [350, 0]],
    });
    const top = await api.get('/api/stats/timeline?country=Syria&interval=month&by=actor&top=1&shape=columns');
    expect(await top.json()).toMatchObject({
      keys: ['(others)', 'Hayat Tahrir al-Sham', null],
      events: [[0, 1], [0, 1], [1, 0]],
      killed: [[0, 12], [0, 3], [350, 0]],
    });
  });

  it.each([
    ['interval=year', 'interval'],
    ['shape=rows', 'shape'],
    ['by=reporter', 'by'],
    ['by=actor&top=0', 'top'],
    ['by=actor&top=51', 'top'],
    ['to=2020-13-01x', 'to'],
  ])('answers 400 naming the field for %s', async (query, field) => {
    const response = await api.get(`/api/stats/timeline?${query}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ field });
  });
});

describe('GET /api/stats/counts', () => {
  it('counts the filtered events, tallies apart from incidents', async () => {
    const response = await api.get('/api/stats/counts?country=Syria');
    expect(response.status).toBe(200);
    // Syria's fixture: an airstrike and a clash, and a tally of 350 killed since April.
    expect(await response.json()).toEqual({ events: 3, by_kind: { incident: 2, aggregate: 1 } });
  });

  it('answers 400 naming the field it refused', async () => {
    const response = await api.get('/api/stats/counts?min_killed=many');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ field: 'min_killed' });
  });
});
