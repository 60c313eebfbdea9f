import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventFilterSchema, type EventFilterInput } from '../event-filter.ts';
import { filterFixture } from '../store-fixtures.ts';
import { sqliteConnection } from '../sqlite/sqlite-connection.ts';
import { SQLITE_DIALECT } from '../sqlite/sqlite-dialect.ts';
import type { EventStore } from '../store.ts';
import { planEvents } from './event-plan.ts';
import { eventConditions } from './event-where.ts';
import { openSqlEventStore } from './sql-event-store.ts';

// On the contract's eight events, with small bounds: which filter drives each query, which are listed.
const conn = sqliteConnection(new Database(':memory:'), SQLITE_DIALECT);
let store: EventStore;
beforeAll(async () => {
  store = await openSqlEventStore(conn, { location: ':memory:' });
  for (const { doc, events } of filterFixture()) await store.putDocument(doc, events);
});
afterAll(() => store.close());

// driveBelow 30: a filter whose check reads only the date index (bbox, reporter, q) drives below 3.
describe('planEvents', () => {
  it.each<[string, EventFilterInput, number, string | null, string[]]>([
    ['no narrowing filter: the ordered index', { country: 'Syria' }, 30, null, []],
    ['few candidates drive', { min_killed: 100 }, 30, 'min_killed', []],
    ['too many candidates: the ordered index', { min_killed: 0 }, 3, null, []],
    ['the narrowest drives', { actor: 'military', min_killed: 100 }, 30, 'min_killed', []],
    ['a tie goes to the first counted', { min_killed: 14, actor: 'military' }, 3, 'min_killed', []],
    ['a check from the index drives with fewer candidates', { min_killed: 12, q: 'market' }, 30, 'min_killed', ['q']],
    ['no match at all drives at once', { actor: 'military', q: 'zanzibar' }, 30, 'q', []],
    ['the R*Tree drives a small box', { bbox: '36,35,37,36' }, 30, 'bbox', []],
    ['a box too big to drive is checked on the walk', { bbox: '-180,-90,180,90' }, 30, null, []],
    ['sets not driving are listed once for the check', { kind: 'incident', reporter: 'sohr', q: 'idlib' }, 1, null, ['reporter', 'q']],
  ])('%s', async (_name, filter, driveBelow, driver, listed) => {
    const plan = await planEvents(conn, eventConditions(EventFilterSchema.parse(filter), SQLITE_DIALECT), driveBelow);
    expect(plan.driver).toBe(driver);
    expect(plan.listed).toEqual(listed);
  });
});
