import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventFilterSchema, type EventFilterInput } from './event-filter.ts';
import { BadCursorError, type EventStore } from './store.ts';
import { filterFixture, testDocument, testEvent, tickingClock } from './store-fixtures.ts';
import { OTHER_KEYS } from './timeline-keys.ts';

/**
 * What every EventStore must do, run against each engine (SQLite, PostgreSQL server, PGlite).
 * `open` returns a new, empty store on the given clock.
 */
export function describeEventStoreContract(engine: string, open: (now: () => Date) => Promise<EventStore>): void {
  describe(`EventStore contract: ${engine}`, () => {
    let store: EventStore;
    let clock: ReturnType<typeof tickingClock>;

    beforeEach(async () => {
      clock = tickingClock();
      store = await open(clock.now);
    });
    afterEach(async () => {
      await store.close();
    });

    const fill = async (): Promise<void> => {
      for (const { doc, events } of filterFixture()) await store.putDocument(doc, events);
    };
    const allIds = async (filter: EventFilterInput = {}): Promise<string[]> => {
      const page = await store.queryEvents(EventFilterSchema.parse(filter), { limit: 1000 });
      return page.events.map((e) => e.id);
    };

    it('stores a document and its events and gives them back as they were', async () => {
      const [first] = filterFixture();
      const result = await store.putDocument(first!.doc, first!.events);
      expect(result).toMatchObject({ outcome: 'inserted', doc_id: 'syria', version: 1, events_written: 3, events_deleted: 0 });
      expect(await store.getEvent('syria#1')).toEqual(first!.events[0]);
      const doc = await store.getDocument('syria');
      expect(doc).toMatchObject({ id: 'syria', key: 'syria', version: 1, text: first!.doc.text, superseded_at: null });
      expect(doc?.content_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(await store.getEvent('nope')).toBeNull();
      expect(await store.getDocument('nope')).toBeNull();
    });

    it('changes nothing when the same content comes again, under its id or (without a url) a new one', async () => {
      await fill();
      const before = { summary: await store.summarise(), changes: await store.changesSince('1970-01-01T00:00:00Z', { limit: 1000 }) };
      for (const { doc, events } of filterFixture()) {
        expect((await store.putDocument(doc, events)).outcome).toBe('unchanged');
      }
      const renamed = filterFixture()[0]!;
      const copy = { ...renamed.doc, id: 'syria-renamed' };
      const again = await store.putDocument(copy, renamed.events.map((e) => ({ ...e, id: `syria-renamed#${e.id}`, doc_id: 'syria-renamed' })));
      expect(again).toMatchObject({ outcome: 'unchanged', doc_id: 'syria' });
      expect(await store.summarise()).toEqual(before.summary);
      expect(await store.changesSince('1970-01-01T00:00:00Z', { limit: 1000 })).toEqual(before.changes);
    });

    it('replaces the events of an earlier version of the same url, keeps its text, and logs the deletions', async () => {
      const url = 'https://example.org/live';
      const v1 = testDocument('live-a', 'Live blog. 09:00 Shelling in Dnipro.', { url });
      await store.putDocument(v1, [testEvent('live-a', 1, { event_date: '2024-05-01' }), testEvent('live-a', 2, { event_date: '2024-05-01' })]);
      const between = clock.peek();
      const v2 = testDocument('live-b', 'Live blog. 09:00 Shelling in Dnipro. 11:00 Two killed.', { url });
      const result = await store.putDocument(v2, [testEvent('live-b', 1, { event_date: '2024-05-01', killed_best: 2 })]);
      expect(result).toMatchObject({ outcome: 'replaced', doc_id: 'live-b', version: 2, events_written: 1, events_deleted: 2 });
      expect(await allIds()).toEqual(['live-b#1']);
      const history = await store.documentHistory(url);
      expect(history.map((d) => [d.id, d.version, d.superseded_at === null])).toEqual([['live-a', 1, false], ['live-b', 2, true]]);
      const feed = await store.changesSince(between, { limit: 100 });
      expect(feed.changes.map((c) => [c.op, c.event_id])).toEqual([['delete', 'live-a#1'], ['delete', 'live-a#2'], ['upsert', 'live-b#1']]);
      // The old text coming back late must not roll the record back.
      expect((await store.putDocument(v1, [testEvent('live-a', 1)])).outcome).toBe('unchanged');
      expect(await allIds()).toEqual(['live-b#1']);
    });

    it('a new version keeping its id replaces in place', async () => {
      await store.putDocument(testDocument('bulletin', 'Version one.'), [testEvent('bulletin', 1)]);
      const result = await store.putDocument(testDocument('bulletin', 'Version two.'), [testEvent('bulletin', 1, { killed_best: 5 })]);
      expect(result).toMatchObject({ outcome: 'replaced', version: 2, events_deleted: 1 });
      expect((await store.getEvent('bulletin#1'))?.killed_best).toBe(5);
      expect((await store.getDocument('bulletin'))?.text).toBe('Version two.');
    });

    it('a content hash given by the caller decides what is the same content', async () => {
      const doc = testDocument('acled-X1', 'On 1 May, clashes.');
      await store.putDocument(doc, [testEvent('acled-X1', 1, { killed_best: 1 })], { contentHash: 'row-v1' });
      expect((await store.putDocument(doc, [testEvent('acled-X1', 1)], { contentHash: 'row-v1' })).outcome).toBe('unchanged');
      const revised = await store.putDocument(doc, [testEvent('acled-X1', 1, { killed_best: 4 })], { contentHash: 'row-v2' });
      expect(revised).toMatchObject({ outcome: 'replaced', version: 2 });
      expect((await store.getEvent('acled-X1#1'))?.killed_best).toBe(4);
    });

    it('leaves nothing half-written when a document fails mid-way', async () => {
      const doc = testDocument('broken', 'A long report.');
      // 150 events are written in two statements; the duplicate id makes the second one fail.
      const events = Array.from({ length: 150 }, (_, i) => testEvent('broken', i + 1));
      events[120] = testEvent('broken', 1);
      await expect(store.putDocument(doc, events)).rejects.toThrow();
      expect(await store.getDocument('broken')).toBeNull();
      expect(await store.getEvent('broken#1')).toBeNull();
      expect(await store.summarise()).toEqual({ documents: 0, events: 0, by_type: {} });
      expect((await store.changesSince('1970-01-01T00:00:00Z', { limit: 10 })).changes).toEqual([]);
      // And the store goes on working.
      expect((await store.putDocument(doc, events.slice(0, 120))).outcome).toBe('inserted');
    });

    it('a batch stores each document or none of it, and goes on after a failure', async () => {
      const bad = Array.from({ length: 150 }, (_, i) => testEvent('b', i + 1));
      bad[120] = testEvent('b', 1);
      const results = await store.putDocuments([
        { doc: testDocument('a', 'First.'), events: [testEvent('a', 1)] },
        { doc: testDocument('b', 'Second.'), events: bad },
        { doc: testDocument('c', 'Third.'), events: [testEvent('wrong', 1)] },
        { doc: testDocument('d', 'Fourth.'), events: [testEvent('d', 1), testEvent('d', 2)] },
      ]);
      expect(results.map((r) => r.outcome)).toEqual(['inserted', 'failed', 'failed', 'inserted']);
      expect(await allIds()).toEqual(['d#2', 'd#1', 'a#1']);
      expect(await store.getDocument('b')).toBeNull();
      expect((await store.summarise()).documents).toBe(2);
    });

    it('refuses events that belong to another document, before writing anything', async () => {
      await expect(store.putDocument(testDocument('a', 'A.'), [testEvent('b', 1)])).rejects.toThrow(/belongs to document b/);
      expect(await store.getDocument('a')).toBeNull();
    });

    const ALL = ['fiji#2', 'fiji#1', 'iraq#1', 'yemen#1', 'syria#1', 'syria#2', 'syria#3', 'yemen#2'];
    it.each<[string, EventFilterInput, string[]]>([
      ['no filter: newest first, undated last', {}, ALL],
      ['from', { from: '2019-11-01' }, ['fiji#2', 'fiji#1', 'iraq#1', 'yemen#1']],
      ['to (undated left out)', { to: '2019-06-20' }, ['syria#2', 'syria#3']],
      ['from and to', { from: '2019-06-01', to: '2019-06-30' }, ['syria#1', 'syria#2']],
      ['from after everything', { from: '2030-01-01' }, []],
      ['country by name', { country: 'Syria' }, ['syria#1', 'syria#2', 'syria#3']],
      ['country by iso3, any case', { country: 'syr' }, ['syria#1', 'syria#2', 'syria#3']],
      ['unknown country', { country: 'Atlantis' }, []],
      ['admin1', { admin1: 'Idlib' }, ['syria#1', 'syria#3']],
      ['admin1 is exact', { admin1: 'idl' }, []],
      ['event_type', { event_type: 'Battles' }, ['fiji#2', 'fiji#1', 'syria#2']],
      ['actor as either side, any case', { actor: 'military forces' }, ['syria#1', 'syria#2']],
      ['actor part of a name', { actor: 'Restoring' }, ['yemen#1']],
      ['actor wildcard is a plain character', { actor: '%' }, []],
      ['reporter, any case', { reporter: 'sohr' }, ['syria#1', 'syria#2']],
      ['unknown reporter', { reporter: 'Reuters' }, []],
      ['min_killed', { min_killed: 12 }, ['yemen#1', 'syria#1', 'syria#3']],
      ['min_killed 0 leaves out unknown tolls', { min_killed: 0 }, ['fiji#2', 'fiji#1', 'iraq#1', 'yemen#1', 'syria#1', 'syria#2', 'syria#3']],
      ['bbox', { bbox: '36,35,37,36' }, ['syria#1', 'syria#2']],
      ['bbox across the antimeridian', { bbox: '179,-18,-179,-16' }, ['fiji#2', 'fiji#1']],
      ['bbox over the sea', { bbox: '0,0,1,1' }, []],
      ['kind', { kind: 'aggregate' }, ['syria#3']],
      ['full text', { q: 'market' }, ['yemen#1', 'yemen#2']],
      ['full text, several words, any case', { q: 'IDLIB airstrikes' }, ['syria#1', 'syria#2', 'syria#3']],
      ['full text ignores operators', { q: 'market* OR' }, []],
      ['full text, no such word', { q: 'zanzibar' }, []],
      ['full text matches words, not stems', { q: 'airstrike' }, []],
      ['combined', { country: 'Syria', event_type: 'Explosions/Remote violence', min_killed: 100 }, ['syria#3']],
      ['doc_id', { doc_id: 'fiji' }, ['fiji#2', 'fiji#1']],
      ['bbox: a point on the lower edges is inside', { bbox: '36.63,35.93,37,36' }, ['syria#1']],
      ['bbox: a point on the upper edges is inside', { bbox: '36,35,36.63,35.93' }, ['syria#1']],
      ['actor on the second side only', { actor: 'civilians' }, ['syria#1']],
      ['actor and reporter', { actor: 'military', reporter: 'SOHR' }, ['syria#1', 'syria#2']],
      ['bbox and min_killed', { bbox: '36,35,37,36', min_killed: 5 }, ['syria#1']],
      ['full text and actor', { q: 'idlib', actor: 'tahrir' }, ['syria#2']],
      ['reporter and kind', { reporter: 'snhr', kind: 'aggregate' }, ['syria#3']],
      ['min_killed and from', { min_killed: 1, from: '2019-11-01' }, ['fiji#2', 'fiji#1', 'yemen#1']],
      ['country and bbox across the antimeridian', { country: 'FJI', bbox: '179.2,-18,-179,-16' }, ['fiji#2', 'fiji#1']],
    ])('filter: %s', async (_name, filter, expected) => {
      await fill();
      expect(await allIds(filter)).toEqual(expected);
    });

    it('pages are stable: no event twice or missed, even with inserts between pages', async () => {
      const events = Array.from({ length: 25 }, (_, i) => testEvent('many', i + 1, { event_date: `2021-01-${String((i % 9) + 1).padStart(2, '0')}` }));
      await store.putDocument(testDocument('many', 'Many events.'), events);
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await store.queryEvents({}, { limit: 7, cursor });
        seen.push(...page.events.map((e) => e.id));
        cursor = page.next_cursor ?? undefined;
        pages += 1;
        if (pages === 2) await store.putDocument(testDocument('late', 'Later news.'), [testEvent('late', 1, { event_date: '2021-01-05' })]);
      } while (cursor !== undefined);
      expect(pages).toBe(4);
      const expectedOrder = [...events].sort((a, b) => (b.event_date! + b.id < a.event_date! + a.id ? -1 : 1)).map((e) => e.id);
      expect(seen.filter((id) => id !== 'late#1')).toEqual(expectedOrder);
      expect(new Set(seen).size).toBe(seen.length);
      await expect(store.queryEvents({}, { limit: 5, cursor: 'not-a-cursor' })).rejects.toBeInstanceOf(BadCursorError);
    });

    it('the changes feed pages in order and starts after the given time', async () => {
      await fill();
      const mid = clock.peek();
      await store.putDocument(testDocument('later', 'Later.'), [testEvent('later', 1), testEvent('later', 2), testEvent('later', 3)]);
      const first = await store.changesSince(mid, { limit: 2 });
      expect(first.changes.map((c) => c.event_id)).toEqual(['later#1', 'later#2']);
      const second = await store.changesSince(mid, { limit: 2, cursor: first.next_cursor! });
      expect(second.changes.map((c) => c.event_id)).toEqual(['later#3']);
      expect(second.next_cursor).toBeNull();
      expect((await store.changesSince('2100-01-01T00:00:00Z', { limit: 10 })).changes).toEqual([]);
    });

    it('counts events and killed per day, per ISO week, per month, by type or admin1', async () => {
      await fill();
      expect(await store.timeline(EventFilterSchema.parse({ kind: 'incident' }), { interval: 'day', group_by: 'event_type' })).toEqual([
        { period: '2019-06-20', key: 'Battles', events: 1, killed: 3 },
        { period: '2019-06-21', key: 'Explosions/Remote violence', events: 1, killed: 12 },
        { period: '2019-11-11', key: 'Explosions/Remote violence', events: 1, killed: 14 },
        { period: '2020-01-05', key: 'Protests', events: 1, killed: 0 },
        { period: '2020-01-06', key: 'Battles', events: 2, killed: 3 },
      ]);
      expect(await store.timeline(EventFilterSchema.parse({}), { interval: 'week', group_by: 'admin1' })).toEqual([
        { period: '2019-04-29', key: 'Idlib', events: 1, killed: 350 },
        { period: '2019-06-17', key: 'Hama', events: 1, killed: 3 },
        { period: '2019-06-17', key: 'Idlib', events: 1, killed: 12 },
        { period: '2019-11-11', key: "Sa'dah", events: 1, killed: 14 },
        { period: '2019-12-30', key: 'Baghdad', events: 1, killed: 0 },
        { period: '2020-01-06', key: 'Eastern', events: 1, killed: 2 },
        { period: '2020-01-06', key: 'Northern', events: 1, killed: 1 },
      ]);
      expect(await store.timeline(EventFilterSchema.parse({ kind: 'incident' }), { interval: 'month', group_by: 'event_type' })).toEqual([
        { period: '2019-06-01', key: 'Battles', events: 1, killed: 3 },
        { period: '2019-06-01', key: 'Explosions/Remote violence', events: 1, killed: 12 },
        { period: '2019-11-01', key: 'Explosions/Remote violence', events: 1, killed: 14 },
        { period: '2020-01-01', key: 'Battles', events: 2, killed: 3 },
        { period: '2020-01-01', key: 'Protests', events: 1, killed: 0 },
      ]);
      expect(await store.timeline(EventFilterSchema.parse({ country: 'Atlantis' }), { interval: 'day', group_by: 'event_type' })).toEqual([]);
    });

    it('counts by first actor: one actor whatever its case, named as first stored; top keeps the largest and sums the rest', async () => {
      await fill();
      await store.putDocument(testDocument('later', 'Army shelling resumed.'), [
        testEvent('later', 1, { country: 'Syria', iso3: 'SYR', event_date: '2019-06-22', event_type: 'Battles', actor1: 'MILITARY FORCES OF SYRIA', killed_best: 4 }),
      ]);
      const month = { interval: 'month', group_by: 'actor' } as const;
      expect(await store.timeline(EventFilterSchema.parse({}), month)).toEqual([
        { period: '2019-04-01', key: null, events: 1, killed: 350 },
        { period: '2019-06-01', key: 'Hayat Tahrir al-Sham', events: 1, killed: 3 },
        { period: '2019-06-01', key: 'Military Forces of Syria', events: 2, killed: 16 },
        { period: '2019-11-01', key: 'Operation Restoring Hope', events: 1, killed: 14 },
        { period: '2020-01-01', key: 'Protesters (Iraq)', events: 1, killed: 0 },
        { period: '2020-01-01', key: null, events: 2, killed: 3 },
      ]);
      // Ties (one event each) are ranked in text order of the key; events with no actor are never "others".
      expect(await store.timeline(EventFilterSchema.parse({}), { ...month, top: 2 })).toEqual([
        { period: '2019-04-01', key: null, events: 1, killed: 350 },
        { period: '2019-06-01', key: 'Hayat Tahrir al-Sham', events: 1, killed: 3 },
        { period: '2019-06-01', key: 'Military Forces of Syria', events: 2, killed: 16 },
        { period: '2019-11-01', key: OTHER_KEYS, events: 1, killed: 14 },
        { period: '2020-01-01', key: OTHER_KEYS, events: 1, killed: 0 },
        { period: '2020-01-01', key: null, events: 2, killed: 3 },
      ]);
      expect(await store.timeline(EventFilterSchema.parse({ actor: 'hayat' }), { ...month, top: 1 })).toEqual([
        { period: '2019-06-01', key: 'Hayat Tahrir al-Sham', events: 1, killed: 3 },
      ]);
    });

    it('groups events for a map: exact towns in grid cells, admin-level places as areas, the rest unplaced', async () => {
      const [syria, yemen, iraq] = filterFixture();
      const events = [
        { ...syria!.events[0]!, geo_precision: 1 as const },
        { ...syria!.events[1]!, geo_precision: 2 as const },
        { ...syria!.events[2]!, geo_precision: 3 as const },
      ];
      await store.putDocument(syria!.doc, events);
      await store.putDocument(yemen!.doc, yemen!.events);
      await store.putDocument(iraq!.doc, iraq!.events.map((e) => ({ ...e, geo_precision: 1 as const })));
      const world = await store.eventClusters(EventFilterSchema.parse({}), { zoom: 4 });
      expect({ count: world.count, unplaced: world.unplaced, truncated: world.truncated }).toEqual({ count: 6, unplaced: 0, truncated: false });
      // Two exact towns, far apart: one cell each, each that event.
      expect(world.cells.map((c) => [c.id, c.lon, c.lat, c.count, c.killed, c.event_type]).sort()).toEqual([
        ['iraq#1', 44.36, 33.31, 1, 0, 'Protests'],
        ['syria#1', 36.63, 35.93, 1, 12, 'Explosions/Remote violence'],
      ]);
      const areas = new Map(world.areas.map((a) => [`${a.iso3}|${a.admin1}`, a]));
      // A coordinate kept for a coarser place is still no exact point: Hama is an area.
      expect(areas.get('SYR|Hama')).toMatchObject({ lon: 36.75, lat: 35.13, count: 1, id: 'syria#2', event_type: 'Battles' });
      // Idlib without coordinates: anchored where the coordinates stored in Idlib are, drawn as an area.
      expect(areas.get('SYR|Idlib')).toMatchObject({ lon: 36.63, lat: 35.93, count: 1, killed: 350, id: 'syria#3' });
      // yemen#2 names only the country: anchored where Yemen's stored places are.
      expect(areas.get('YEM|null')).toMatchObject({ lon: 43.76, lat: 16.94, count: 1, id: 'yemen#2' });
      // At zoom 0 a cell spans 45 degrees: Syria's and Iraq's towns share one, with no single id or type;
      // areas are countries, Syria's two placed where their own coordinates lie.
      const far = await store.eventClusters(EventFilterSchema.parse({}), { zoom: 0 });
      expect(far.cells).toEqual([{ lon: (36.63 + 44.36) / 2, lat: (35.93 + 33.31) / 2, count: 2, killed: 12, id: null, event_type: null }]);
      expect(far.areas.map((a) => [a.iso3, a.admin1, a.count, a.lon, a.lat, a.id]).sort()).toEqual([
        ['SYR', null, 2, 36.75, 35.13, null],
        ['YEM', null, 2, 43.76, 16.94, null],
      ]);
      // The view narrows what is drawn, never the count.
      const view = await store.eventClusters(EventFilterSchema.parse({}), { zoom: 6, view: { west: 40, south: 30, east: 50, north: 40 } });
      expect({ count: view.count, cells: view.cells.map((c) => c.id), areas: view.areas }).toEqual({ count: 6, cells: ['iraq#1'], areas: [] });
      const near = await store.eventClusters(EventFilterSchema.parse({}), { zoom: 6, view: { west: 30, south: 30, east: 40, north: 40 } });
      expect(near.areas.map((a) => a.admin1).sort()).toEqual(['Hama', 'Idlib']);
      await store.putDocument(testDocument('nowhere', 'Clashes were reported.'), [testEvent('nowhere', 1, { event_type: 'Battles' })]);
      const nowhere = await store.eventClusters(EventFilterSchema.parse({ doc_id: 'nowhere' }), { zoom: 3 });
      expect({ count: nowhere.count, unplaced: nowhere.unplaced, cells: nowhere.cells, areas: nowhere.areas }).toEqual({ count: 1, unplaced: 1, cells: [], areas: [] });
      expect((await store.eventClusters(EventFilterSchema.parse({ country: 'Atlantis' }), { zoom: 3 })).count).toBe(0);
    });

    it('counts the events a filter matches, tallies apart, and counts again after a write', async () => {
      await fill();
      const count = (filter: EventFilterInput) => store.countEvents(EventFilterSchema.parse(filter));
      for (const filter of [{}, { country: 'Syria' }, { kind: 'aggregate' }, { q: 'market' }, { reporter: 'SOHR', min_killed: 1 }, { country: 'Atlantis' }] as EventFilterInput[]) {
        const ids = await allIds(filter);
        const tallies = (await allIds({ ...filter, kind: 'aggregate' })).filter((id) => ids.includes(id));
        expect(await count(filter), JSON.stringify(filter)).toEqual({ events: ids.length, by_kind: { incident: ids.length - tallies.length, aggregate: tallies.length } });
      }
      expect((await count({ country: 'Syria' })).by_kind.aggregate).toBeGreaterThan(0);
      const before = (await count({})).events;
      await store.putDocument(testDocument('more', 'Clashes were reported.'), [testEvent('more', 1, { event_type: 'Battles' })]);
      expect((await count({})).events).toBe(before + 1);
    });

    it('changes its data version with every write, and only then', async () => {
      const before = await store.dataVersion();
      expect(await store.dataVersion()).toBe(before);
      const [syria] = filterFixture();
      await store.putDocument(syria!.doc, syria!.events);
      const after = await store.dataVersion();
      expect(after).not.toBe(before);
      await store.putDocument(syria!.doc, syria!.events);
      expect(await store.dataVersion()).toBe(after);
    });

    it('summarises documents and events by type', async () => {
      await fill();
      expect(await store.summarise()).toEqual({
        documents: 4,
        events: 8,
        by_type: { Battles: 3, 'Explosions/Remote violence': 3, Protests: 1, 'Strategic developments': 1 },
      });
    });
  });
}
