import { describe, expect, it } from 'vitest';
import { textHash } from './sql/put-document.ts';
import { migrate } from './sql/migrate.ts';
import type { Dialect, SqlConnection } from './sql/sql-connection.ts';
import { EventFilterSchema, type EventFilterInput } from './event-filter.ts';
import type { EventStore } from './store.ts';
import { filterFixture, testDocument, testEvent } from './store-fixtures.ts';

/** A database as version 1 left it, filled the way version 1 wrote rows, then opened by today's store. */
export interface LegacyDatabase {
  /** A connection to an empty database; `only1` is the engine's dialect with its first migration alone. */
  connect(only1: (dialect: Dialect) => Dialect): Promise<SqlConnection>;
  /** The current store over the same database, after the legacy connection is closed. */
  reopen(): Promise<EventStore>;
}

const AT = '2024-01-01T00:00:00.000Z';

export function describeVersion1Upgrade(engine: string, legacy: () => Promise<LegacyDatabase>): void {
  describe(`upgrade from version 1: ${engine}`, () => {
    it('keeps every document and event, and the new indexes answer for the old rows', async () => {
      const db = await legacy();
      const conn = await db.connect((dialect) => ({ ...dialect, migrations: dialect.migrations.filter((m) => m.version === 1) }));
      await migrate(conn, () => new Date(AT));
      // One town-level place, so that migration 7's copy of geo_precision onto the row shows on the map.
      const fixture = filterFixture().map(({ doc, events }) => ({ doc, events: events.map((e) => (e.id === 'syria#1' ? { ...e, geo_precision: 1 as const } : e)) }));
      for (const { doc, events } of fixture) {
        await conn.run(
          'INSERT INTO documents (id, doc_key, url, source, title, published, language, text, content_hash, version, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)',
          [doc.id, doc.url ?? doc.id, doc.url, doc.source, doc.title, doc.published, doc.language, doc.text, textHash(doc.text), AT],
        );
        for (const e of events) {
          await conn.run(
            `INSERT INTO events (id, doc_id, kind, sort_date, event_type, country, iso3, admin1, actor1_key, actor2_key, latitude, longitude, killed_best, record, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
            [e.id, e.doc_id, e.kind, e.event_date ?? e.date_start ?? '', e.event_type, e.country, e.iso3, e.admin1, e.actor1?.toLowerCase() ?? null,
              e.actor2?.toLowerCase() ?? null, e.latitude, e.longitude, e.killed_best, JSON.stringify(e), AT],
          );
          for (const r of new Set(e.reported_by.map((n) => n.toLowerCase()))) await conn.run('INSERT INTO event_reporters (event_id, reporter_key) VALUES (?, ?)', [e.id, r]);
        }
      }
      await conn.close();
      const store = await db.reopen();
      try {
        for (const { events } of fixture) for (const e of events) expect(await store.getEvent(e.id)).toEqual(e);
        const ids = async (filter: EventFilterInput) => (await store.queryEvents(EventFilterSchema.parse(filter), { limit: 100 })).events.map((e) => e.id);
        expect(await ids({ bbox: '179,-18,-179,-16' })).toEqual(['fiji#2', 'fiji#1']);
        expect((await store.eventClusters(EventFilterSchema.parse({ country: 'SYR' }), { zoom: 6 })).cells.map((c) => c.id)).toEqual(['syria#1']);
        expect(await ids({ actor: 'military forces' })).toEqual(['syria#1', 'syria#2']);
        expect(await ids({ reporter: 'SOHR', min_killed: 5 })).toEqual(['syria#1']);
        expect(await ids({ q: 'market' })).toEqual(['yemen#1', 'yemen#2']);
        // New rows go on after the old ones, and an old document can still be replaced.
        await store.putDocument(testDocument('new', 'A new report.'), [testEvent('new', 1, { event_date: '2024-02-01', latitude: 1, longitude: 1 })]);
        expect(await ids({ bbox: '0,0,2,2' })).toEqual(['new#1']);
        const replaced = await store.putDocument(testDocument('fiji', 'Fiji, corrected.'), [testEvent('fiji', 1, { event_date: '2020-01-06' })]);
        expect(replaced).toMatchObject({ outcome: 'replaced', events_deleted: 2 });
        expect(await ids({ bbox: '179,-18,-179,-16' })).toEqual([]);
        expect((await store.summarise()).events).toBe(8 - 2 + 1 + 1);
      } finally {
        await store.close();
      }
    });
  });
}
