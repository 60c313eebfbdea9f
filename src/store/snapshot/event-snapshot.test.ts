import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRecord } from '../../core/event.ts';
import type { EventType } from '../../core/taxonomy.ts';
import { EventFilterSchema, type EventFilterInput } from '../event-filter.ts';
import type { EventClusters, MapView } from '../event-clusters.ts';
import { openSqliteStore } from '../sqlite/open-sqlite-store.ts';
import { testDocument, testEvent } from '../store-fixtures.ts';
import type { EventStore } from '../store.ts';

/**
 * The in-memory snapshot answers exactly what SQL answers: one SQLite file, read by a store that keeps
 * the snapshot and by one that asks the database for everything, compared over a table of filters and
 * views on a few hundred varied events (undated, unplaced, untyped, tallies, areas, shared cells).
 */

const dir = mkdtempSync(join(tmpdir(), 'sitrep-snapshot-'));
let held: EventStore;
let sql: EventStore;

const TYPES: (EventType | null)[] = ['Battles', 'Explosions/Remote violence', 'Protests', 'Violence against civilians', null];
const PLACES = [
  { country: 'Syria', iso3: 'SYR', admins: ['Idlib', 'Hama', 'Aleppo'], lat: 35.5, lon: 37 },
  { country: 'Yemen', iso3: 'YEM', admins: ["Sa'dah", 'Taiz'], lat: 15.5, lon: 44 },
  { country: 'Fiji', iso3: 'FJI', admins: ['Northern'], lat: -17, lon: 179.6 },
  { country: 'Nowhere Land', iso3: null, admins: [null], lat: 0, lon: 0 },
];
const WORDS = ['shelling', 'ceasefire', 'market', 'convoy', 'checkpoint'];

function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

function sampleEvents(rng: () => number, docId: string, count: number): EventRecord[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
  return Array.from({ length: count }, (_, k) => {
    const place = pick(PLACES);
    const precision = pick([1, 1, 2, 3] as const);
    const placed = rng() < 0.8;
    const date = rng() < 0.1 ? null : `2019-${String(1 + Math.floor(rng() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rng() * 28)).padStart(2, '0')}`;
    return testEvent(docId, k + 1, {
      kind: rng() < 0.15 ? 'aggregate' : 'incident',
      event_date: date,
      event_type: pick(TYPES),
      country: place.country, iso3: place.iso3, admin1: rng() < 0.2 ? null : pick(place.admins),
      actor1: pick(['Military Forces of Syria', 'Rebel Militia', 'Unknown Gunmen', null]),
      actor2: pick(['Civilians (Syria)', 'Police Forces', null]),
      latitude: placed ? place.lat + (rng() - 0.5) * 4 : null,
      longitude: placed ? Math.min(180, place.lon + (rng() - 0.5) * 4) : null,
      geo_precision: precision,
      killed_best: rng() < 0.1 ? null : Math.floor(rng() * rng() * 40),
      reported_by: rng() < 0.5 ? ['SOHR'] : ['White Helmets'],
    });
  });
}

beforeAll(async () => {
  const file = join(dir, 'both.db');
  held = await openSqliteStore({ file });
  sql = await openSqliteStore({ file, snapshotMaxEvents: 0 });
  const rng = random(7);
  for (let d = 0; d < 40; d++) {
    const text = `Report ${d}: ${WORDS[d % WORDS.length]} near the front, ${WORDS[(d * 3) % WORDS.length]} later.`;
    await held.putDocument(testDocument(`doc${d}`, text), sampleEvents(rng, `doc${d}`, 10));
  }
});
afterAll(async () => {
  await held.close();
  await sql.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Means are summed in another order by each: equal to a billionth of a degree. */
function comparable(c: EventClusters) {
  const round = <T extends { lon: number; lat: number }>(x: T) => ({ ...x, lon: Math.round(x.lon * 1e9), lat: Math.round(x.lat * 1e9) });
  return { ...c, cells: c.cells.map(round), areas: c.areas.map(round).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) };
}

const FILTERS: [string, EventFilterInput][] = [
  ['everything', {}],
  ['a country by name', { country: 'Syria' }],
  ['a country by code', { country: 'yem' }],
  ['no such country', { country: 'Atlantis' }],
  ['an admin1', { admin1: 'Idlib' }],
  ['a type', { event_type: 'Battles' }],
  ['tallies only', { kind: 'aggregate' }],
  ['incidents only', { kind: 'incident' }],
  ['from a date', { from: '2019-06-01' }],
  ['up to a date (undated left out)', { to: '2019-03-31' }],
  ['a date range', { from: '2019-04-01', to: '2019-04-30' }],
  ['minimum killed', { min_killed: 5 }],
  ['minimum killed 0 (unknown left out)', { min_killed: 0 }],
  ['part of an actor, any case', { actor: 'MILITIA' }],
  ['a box', { bbox: '30,30,40,40' }],
  ['a box across the antimeridian', { bbox: '179,-20,-179,-10' }],
  ['full text, from the database', { q: 'ceasefire' }],
  ['a reporter, from the database, with a type', { reporter: 'SOHR', event_type: 'Protests' }],
  ['a document', { doc_id: 'doc3' }],
  ['full text and a country', { q: 'market', country: 'Syria', min_killed: 1 }],
];
const VIEWS: MapView[] = [{ zoom: 0 }, { zoom: 3 }, { zoom: 4 }, { zoom: 7, view: { west: 34, south: 32, east: 40, north: 38 } }];

describe('event snapshot', () => {
  it.each(FILTERS)('answers as SQL does: %s', async (_name, input) => {
    const filter = EventFilterSchema.parse(input);
    for (const view of VIEWS) expect(comparable(await held.eventClusters(filter, view)), `zoom ${view.zoom}`).toEqual(comparable(await sql.eventClusters(filter, view)));
    for (const interval of ['day', 'week'] as const) {
      for (const group_by of ['event_type', 'admin1', 'actor'] as const) {
        expect(await held.timeline(filter, { interval, group_by })).toEqual(await sql.timeline(filter, { interval, group_by }));
      }
      expect(await held.timeline(filter, { interval, group_by: 'actor', top: 2 })).toEqual(await sql.timeline(filter, { interval, group_by: 'actor', top: 2 }));
    }
    expect(await held.countEvents(filter)).toEqual(await sql.countEvents(filter));
  });

  it('follows writes from another connection: new documents, a new version replacing events, a batch', async () => {
    const before = await held.countEvents(EventFilterSchema.parse({}));
    await sql.putDocument(testDocument('late', 'A late report of shelling.'), [testEvent('late', 1, { event_type: 'Battles', country: 'Syria', iso3: 'SYR', event_date: '2019-07-01' })]);
    expect((await held.countEvents(EventFilterSchema.parse({}))).events).toBe(before.events + 1);
    expect((await held.countEvents(EventFilterSchema.parse({ q: 'late' }))).events).toBe(1);
    // doc5 again with other text: its ten events are replaced by three (deleted rows, new rows).
    const rng = random(99);
    await sql.putDocument(testDocument('doc5', 'Report 5, corrected: a convoy was hit.'), sampleEvents(rng, 'doc5', 3));
    await sql.putDocuments([1, 2, 3].map((n) => ({ doc: testDocument(`batch${n}`, `Batch report ${n} on the ceasefire.`), events: sampleEvents(rng, `batch${n}`, 4) })));
    for (const [name, input] of FILTERS) {
      const filter = EventFilterSchema.parse(input);
      expect(await held.countEvents(filter), name).toEqual(await sql.countEvents(filter));
      expect(comparable(await held.eventClusters(filter, { zoom: 4 })), name).toEqual(comparable(await sql.eventClusters(filter, { zoom: 4 })));
      expect(await held.timeline(filter, { interval: 'week', group_by: 'admin1' }), name).toEqual(await sql.timeline(filter, { interval: 'week', group_by: 'admin1' }));
    }
  });

  it('leaves incidents on the map to SQL, with the same answer', async () => {
    const view: MapView = { zoom: 2, unit: 'incident' };
    expect(await held.eventClusters(EventFilterSchema.parse({}), view)).toEqual(await sql.eventClusters(EventFilterSchema.parse({}), view));
  });
});
