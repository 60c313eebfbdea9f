import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { afterAll } from 'vitest';
import { openPgliteStore } from '../postgres/open-pglite-store.ts';
import { pgliteConnection } from '../postgres/pglite-connection.ts';
import { POSTGRES_DIALECT } from '../postgres/postgres-dialect.ts';
import { openPostgresConnection } from '../postgres/open-postgres-store.ts';
import { openSqlEventStore } from '../sql/sql-event-store.ts';
import type { SqlConnection } from '../sql/sql-connection.ts';
import { openSqliteConnection } from '../sqlite/open-sqlite-store.ts';
import { describeReviewStoreContract } from './review.contract.ts';
import { sqlReviewStore } from './sql-review-store.ts';
import { serverSchemas } from '../../test-support/server-schemas.ts';

/** The review contract on SQLite (a temp file) and PostgreSQL (SITREP_TEST_DATABASE_URL's server, else PGlite). */
async function onConnection(conn: SqlConnection) {
  const store = await openSqlEventStore(conn, { location: 'test' });
  return { store, reviews: sqlReviewStore(conn), close: () => store.close() };
}

const dir = mkdtempSync(join(tmpdir(), 'sitrep-review-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));
describeReviewStoreContract('SQLite (temp file)', () => onConnection(openSqliteConnection(join(dir, `review-${(n += 1)}.db`))));

const serverUrl = process.env.SITREP_TEST_DATABASE_URL?.trim();
let schemas = 0;
if (serverUrl) {
  const nextSchema = serverSchemas(serverUrl, 'r');
  describeReviewStoreContract('PostgreSQL server', async () => onConnection(await openPostgresConnection({ url: serverUrl, schema: nextSchema() })));
} else {
  const { PGlite } = await import('@electric-sql/pglite');
  const pglite: PGlite = await PGlite.create();
  describeReviewStoreContract('PostgreSQL on PGlite', async () => {
    await openPgliteStore(pglite, { schema: `s${(schemas += 1)}` });
    return onConnection(pgliteConnection(pglite, POSTGRES_DIALECT, { ownsInstance: false }));
  });
  afterAll(() => pglite.close());
}
