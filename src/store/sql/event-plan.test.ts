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

// On the contract's eight events, with the bound at three candidates: which filter drives each query.
const conn = sqliteConnection(new Database(':memory:'), SQLITE_DIALECT);
let store: EventStore;
beforeAll(async () => {
  store = await openSqlEventStore(conn, { location: ':memory:' });
  for (const { doc, events } of filterFixture()) await store.putDocument(doc, events);
});
afterAll(() => store.close());

describe('planEvents', () => {
  it.each<[string, EventFilterInput, string | null]>([
    ['no narrowing filter: the ordered index', { country: 'Syria' }, null],
    ['few candidates drive', { min_killed: 100 }, 'min_killed'],
    ['too many candidates: the ordered index', { min_killed: 0 }, null],
    ['the narrowest drives', { min_killed: 0, reporter: 'SOHR' }, 'reporter'],
    ['a tie goes to the first counted', { min_killed: 14, actor: 'military' }, 'min_killed'],
    ['a dear check drives with more candidates', { actor: 'military', q: 'market' }, 'q'],
    ['no match at all drives at once', { actor: 'military', q: 'zanzibar' }, 'q'],
    ['the R*Tree drives a small box', { bbox: '36,35,37,36' }, 'bbox'],
  ])('%s', async (_name, filter, driver) => {
    const plan = await planEvents(conn, eventConditions(EventFilterSchema.parse(filter), SQLITE_DIALECT), 3);
    expect(plan.driver).toBe(driver);
  });
});
