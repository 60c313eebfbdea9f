import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { openPgliteStore } from '../postgres/open-pglite-store.ts';
import { openSqliteStore } from '../sqlite/open-sqlite-store.ts';
import type { EventStore } from '../store.ts';
import { testDocument, testEvent, tickingClock } from '../store-fixtures.ts';

// A batch mixing new documents with ones the store or the batch has seen: the new ones are written
// together, the rest one by one, and every outcome comes back in the batch's order.
const pglite = await PGlite.create();
afterAll(() => pglite.close());
let n = 0;
const engines: [string, () => Promise<EventStore>][] = [
  ['SQLite', () => openSqliteStore({ file: ':memory:', now: tickingClock().now })],
  ['PGlite', () => openPgliteStore(pglite, { schema: `batch${(n += 1)}`, now: tickingClock().now })],
];

describe.each(engines)('putDocuments batches: %s', (_engine, open) => {
  it('writes the new together and the known one by one, outcomes in order', async () => {
    const store = await open();
    const live = testDocument('live-1', 'Shelling in Kharkiv overnight.', { url: 'https://example.org/live' });
    await store.putDocument(live, [testEvent('live-1', 1, { country: 'Ukraine' })]);
    const results = await store.putDocuments([
      { doc: testDocument('n1', 'Two killed in a raid near Jenin.'), events: [testEvent('n1', 1), testEvent('n1', 2)] },
      { doc: { ...live, id: 'live-2', text: `${live.text} Updated: a school was hit.` }, events: [testEvent('live-2', 1, { country: 'Ukraine' })] },
      { doc: testDocument('n2', 'A protest in Lagos dispersed with tear gas.'), events: [testEvent('n2', 1, { reported_by: ['AFP', 'afp '] })] },
      { doc: testDocument('n2-again', 'A protest in Lagos dispersed with tear gas.'), events: [testEvent('n2-again', 1)] },
      { doc: testDocument('n3', 'Clashes in Tigray.'), events: [] },
    ]);
    expect(results.map((r) => r.outcome)).toEqual(['inserted', 'replaced', 'inserted', 'unchanged', 'inserted']);
    expect(results.map((r) => r.doc_id)).toEqual(['n1', 'live-2', 'n2', 'n2', 'n3']);
    expect(results[0]).toMatchObject({ version: 1, events_written: 2 });
    expect(await store.getEvent('n2#1')).toMatchObject({ reported_by: ['AFP', 'afp '] });
    const page = await store.queryEvents({ reporter: 'afp' }, { limit: 10 });
    expect(page.events.map((e) => e.id)).toEqual(['n2#1']);
    expect((await store.summarise()).events).toBe(4);
    await store.close();
  });

  it('an event id already stored fails its own document only', async () => {
    const store = await open();
    await store.putDocument(testDocument('old', 'Old report.'), [testEvent('old', 1)]);
    const results = await store.putDocuments([
      { doc: testDocument('a', 'An airstrike on Idlib.'), events: [testEvent('a', 1)] },
      { doc: testDocument('thief', 'Takes an old id.'), events: [{ ...testEvent('thief', 1), id: 'old#1' }] },
      { doc: testDocument('b', 'A curfew in Khartoum.'), events: [testEvent('b', 1)] },
    ]);
    expect(results.map((r) => r.outcome)).toEqual(['inserted', 'failed', 'inserted']);
    expect(await store.getDocument('thief')).toBeNull();
    expect((await store.getEvent('old#1'))?.doc_id).toBe('old');
    await store.close();
  });
});
