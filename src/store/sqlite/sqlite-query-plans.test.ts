import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventFilterSchema, type EventFilterInput } from '../event-filter.ts';
import { filterFixture } from '../store-fixtures.ts';
import type { SqlConnection, SqlValue } from '../sql/sql-connection.ts';
import { openSqlEventStore } from '../sql/sql-event-store.ts';
import { sqliteConnection } from './sqlite-connection.ts';
import { SQLITE_DIALECT } from './sqlite-dialect.ts';

/**
 * The plans SQLite chooses for a page of events, read with EXPLAIN QUERY PLAN from the statement the store
 * really ran: the newest-first walk reads index entries alone and never sorts; a driving filter sorts
 * only its candidates; a listed set is read once. Plans, not timings (those are `npm run bench:store`'s).
 */
const db = new Database(':memory:');
const inner = sqliteConnection(db, SQLITE_DIALECT);
let page: { sql: string; params: readonly SqlValue[] } | null = null;
const conn: SqlConnection = {
  ...inner,
  all: (sql, params = []) => {
    if (sql.includes('ORDER BY e.sort_date DESC')) page = { sql, params };
    return inner.all(sql, params);
  },
};
beforeAll(async () => {
  const store = await openSqlEventStore(conn, { location: ':memory:' });
  for (const { doc, events } of filterFixture()) await store.putDocument(doc, events);
});
afterAll(() => conn.close());

const WALK = 'SCAN e USING COVERING INDEX events_sort';
const BY_ROW = 'SEARCH e USING INTEGER PRIMARY KEY (rowid=?)';
const SORT = 'USE TEMP B-TREE FOR ORDER BY';
const FULL_TEXT = 'SCAN documents_fts VIRTUAL TABLE INDEX 0:M2';
const REPORTER_LIST = 'SEARCH r USING COVERING INDEX event_reporters_key (reporter_key=?)';
type Bounds = readonly [drive: number, list: number];
const ORDERED: Bounds = [0, 0];
const LISTED: Bounds = [0, 100];
const DRIVEN: Bounds = [100, 0];

describe('SQLite plans for a page of events', () => {
  it.each<[string, EventFilterInput, Bounds, string[]]>([
    ['no filter: the date index, newest first', {}, ORDERED, [WALK]],
    ['a country: its own index in date order', { country: 'Syria' }, ORDERED, ['SEARCH e USING COVERING INDEX events_country (country=?)']],
    ['a big box: the walk checks the place from the index entry', { bbox: '30,30,40,40' }, ORDERED, [WALK]],
    ['a small box: the R*Tree lists candidates, then they are sorted', { bbox: '36,35,37,36' }, DRIVEN, [BY_ROW, 'LIST SUBQUERY 1', 'SCAN t VIRTUAL TABLE INDEX 2:D1B0D3B2', SORT]],
    ['a reporter listed once, probed on the walk', { reporter: 'SOHR' }, LISTED, [WALK, 'LIST SUBQUERY 1', REPORTER_LIST, 'CREATE BLOOM FILTER']],
    ['a common reporter: one seek per row walked', { reporter: 'SOHR' }, ORDERED, [WALK, 'SEARCH r EXISTS USING PRIMARY KEY (event_id=? AND reporter_key=?)']],
    ['a rare reporter drives through its index', { reporter: 'SOHR' }, DRIVEN, [BY_ROW, 'LIST SUBQUERY 1', REPORTER_LIST, 'SEARCH c USING COVERING INDEX sqlite_autoindex_events_1 (id=?)', SORT]],
    ['words listed once from the full text, probed on the walk', { q: 'market' }, LISTED, [WALK, 'LIST SUBQUERY 1', FULL_TEXT, 'CREATE BLOOM FILTER']],
    ['common words: a full-text seek per row walked', { q: 'market' }, ORDERED, [WALK, 'SCAN f EXISTS VIRTUAL TABLE INDEX 0:=M2']],
    ['rare words drive: their documents, then their events by document row', { q: 'market' }, DRIVEN, [BY_ROW, 'LIST SUBQUERY 2', 'SEARCH c USING COVERING INDEX events_doc_row (doc_row=?)', 'LIST SUBQUERY 1', FULL_TEXT, SORT]],
    ['words and a country: the country walks, the words are listed', { q: 'market', country: 'Yemen' }, LISTED, ['SEARCH e USING INDEX events_country (country=?)', 'LIST SUBQUERY 1', FULL_TEXT, 'CREATE BLOOM FILTER']],
  ])('%s', async (_name, filter, [driveBelow, listBelow], plan) => {
    const store = await openSqlEventStore(conn, { location: ':memory:', driveBelow, listBelow });
    page = null;
    await store.queryEvents(EventFilterSchema.parse(filter), { limit: 50 });
    const ran = page as { sql: string; params: readonly SqlValue[] } | null;
    expect(ran).not.toBeNull();
    const rows = db.prepare(`EXPLAIN QUERY PLAN ${ran!.sql}`).all(...ran!.params) as { detail: string }[];
    expect(rows.map((r) => r.detail)).toEqual(plan);
  });
});
