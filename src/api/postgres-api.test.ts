import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlAccessStore } from '../store/access/sql-access-store.ts';
import { openPostgresConnection } from '../store/postgres/open-postgres-store.ts';
import { pgliteConnection } from '../store/postgres/pglite-connection.ts';
import { POSTGRES_DIALECT } from '../store/postgres/postgres-dialect.ts';
import { openSqlEventStore } from '../store/sql/sql-event-store.ts';
import type { SqlConnection } from '../store/sql/sql-connection.ts';
import { startTestApi, type TestApi } from './test-api.ts';

/**
 * The same app over PostgreSQL: the server of SITREP_TEST_DATABASE_URL when set (CI), else PGlite in
 * process. The filters and pages are the store's (held to one contract); this checks the wiring.
 */
const serverUrl = process.env.SITREP_TEST_DATABASE_URL?.trim();
const schema = `api${Date.now().toString(36)}${process.pid}`;
let pglite: PGlite | null = null;

async function openOn(conn: SqlConnection) {
  return { store: await openSqlEventStore(conn, { location: 'postgres (test)' }), access: sqlAccessStore(conn) };
}

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({
    open: async () => {
      if (serverUrl) return openOn(await openPostgresConnection({ url: serverUrl, schema }));
      const { PGlite } = await import('@electric-sql/pglite');
      pglite = await PGlite.create();
      return openOn(pgliteConnection(pglite, POSTGRES_DIALECT, { ownsInstance: true }));
    },
  });
});
afterAll(async () => {
  await api.close();
  if (serverUrl) {
    const pg = (await import('pg')).default;
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  }
});

describe(`the API on PostgreSQL (${serverUrl ? 'server' : 'PGlite'})`, () => {
  it('filters, pages and answers as on SQLite', async () => {
    const first = (await (await api.get('/api/events?limit=5&from=2019-06-01')).json()) as { events: { id: string }[]; next_cursor: string };
    expect(first.events.map((e) => e.id)).toEqual(['fiji#2', 'fiji#1', 'iraq#1', 'yemen#1', 'syria#1']);
    const second = (await (await api.get(`/api/events?limit=5&from=2019-06-01&cursor=${first.next_cursor}`)).json()) as { events: { id: string }[] };
    expect(second.events.map((e) => e.id)).toEqual(['syria#2']);
    expect((await api.get('/api/events?q=market')).status).toBe(200);
    expect((await api.get('/api/events/iraq%231')).status).toBe(200);
  });

  it('checks tokens held in PostgreSQL', async () => {
    const upload = (token: string) =>
      fetch(`${api.url}/api/documents`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' });
    expect((await upload(api.tokens.viewer)).status).toBe(403);
    expect((await upload(api.tokens.analyst)).status).toBe(400);
  });
});
