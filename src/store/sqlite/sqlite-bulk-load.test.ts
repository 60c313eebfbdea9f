import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { EventFilterSchema, type EventFilterInput } from '../event-filter.ts';
import { filterFixture, testDocument, testEvent } from '../store-fixtures.ts';
import type { EventStore } from '../store.ts';
import { openSqliteStore } from './open-sqlite-store.ts';
import { bulkLoadSqlite } from './sqlite-bulk-load.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-bulk-'));
let n = 0;
const nextFile = (): string => join(dir, `bulk-${(n += 1)}.db`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const clock = () => new Date('2024-03-01T00:00:00.000Z');

function schemaOf(file: string): string[] {
  const db = new Database(file, { readonly: true });
  const rows = db.prepare("SELECT type || ' ' || name AS what FROM sqlite_master ORDER BY 1").all() as { what: string }[];
  db.close();
  return rows.map((r) => r.what);
}

async function ids(store: EventStore, filter: EventFilterInput): Promise<string[]> {
  return (await store.queryEvents(EventFilterSchema.parse(filter), { limit: 100 })).events.map((e) => e.id);
}

describe('bulkLoadSqlite', () => {
  it('makes the store putDocuments makes: same rows, indexes, full text, places and changes', async () => {
    const [bulkFile, putFile] = [nextFile(), nextFile()];
    const result = await bulkLoadSqlite(bulkFile, [filterFixture().slice(0, 2), filterFixture().slice(2)], { now: clock });
    expect(result).toMatchObject({ documents: 4, events: 8, unchanged: 0, failed: [] });
    const put = await openSqliteStore({ file: putFile, now: clock });
    await put.putDocuments(filterFixture());
    const bulk = await openSqliteStore({ file: bulkFile, now: clock });
    for (const filter of [{}, { q: 'market' }, { bbox: '36,35,37,36' }, { reporter: 'sohr' }, { actor: 'military' }, { country: 'SYR', min_killed: 5 }]) {
      expect(await ids(bulk, filter), JSON.stringify(filter)).toEqual(await ids(put, filter));
    }
    expect(await bulk.getEvent('syria#1')).toEqual(await put.getEvent('syria#1'));
    expect((await bulk.changesSince('2000-01-01', { limit: 100 })).changes.map((c) => c.event_id).sort())
      .toEqual((await put.changesSince('2000-01-01', { limit: 100 })).changes.map((c) => c.event_id).sort());
    await Promise.all([bulk.close(), put.close()]);
    expect(schemaOf(bulkFile)).toEqual(schemaOf(putFile));
  });

  it('after the load, ingest goes on as usual: a new version replaces the loaded events', async () => {
    const file = nextFile();
    await bulkLoadSqlite(file, [filterFixture()], { now: clock });
    const store = await openSqliteStore({ file, now: clock });
    const yemen = filterFixture()[1]!;
    const result = await store.putDocument({ ...yemen.doc, id: 'yemen-2', text: `${yemen.doc.text} Updated.` }, [testEvent('yemen-2', 1, { country: 'Yemen' })]);
    expect(result).toMatchObject({ outcome: 'replaced', version: 2, events_deleted: 2 });
    expect(await ids(store, { country: 'Yemen' })).toEqual(['yemen-2#1']);
    await store.close();
  });

  it('stores each good document once and names each bad one; the rest is stored', async () => {
    const file = nextFile();
    const good = testDocument('good', 'Shelling hit the port of Hodeidah overnight.');
    const twice = { doc: good, events: [testEvent('good', 1)] };
    const stray = { doc: testDocument('stray', 'Clashes in Marib.'), events: [testEvent('elsewhere', 1)] };
    const broken = { doc: testDocument('broken', 'A raid near Taiz.'), events: [{ ...testEvent('broken', 1), killed_best: 'many' as unknown as number }] };
    const clash = { doc: testDocument('clash', 'A curfew in Aden.'), events: [testEvent('good', 1)] };
    const result = await bulkLoadSqlite(file, [[twice, stray], [broken, twice, clash]], { now: clock });
    expect(result).toMatchObject({ documents: 1, events: 1, unchanged: 1 });
    expect(result.failed.map((f) => f.doc_id)).toEqual(['stray', 'broken', 'clash']);
    expect(result.failed[0]!.error.message).toContain('event elsewhere#1 belongs to document elsewhere');
    expect(result.failed[1]!.error.message).toContain('killed_best');
    const store = await openSqliteStore({ file });
    expect(await store.getDocument('clash')).toBeNull();
    expect((await store.summarise()).events).toBe(1);
    await store.close();
  });

  it('refuses a store that already holds documents, and leaves it as it was', async () => {
    const file = nextFile();
    const store = await openSqliteStore({ file });
    await store.putDocument(testDocument('first', 'A convoy was ambushed.'), [testEvent('first', 1)]);
    await store.close();
    const before = schemaOf(file);
    await expect(bulkLoadSqlite(file, [filterFixture()])).rejects.toThrow(/needs an empty store/);
    expect(schemaOf(file)).toEqual(before);
    const again = await openSqliteStore({ file });
    expect((await again.summarise()).events).toBe(1);
    await again.close();
  });
});
