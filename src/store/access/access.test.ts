import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { openPgliteStore } from '../postgres/open-pglite-store.ts';
import { pgliteConnection } from '../postgres/pglite-connection.ts';
import { POSTGRES_DIALECT } from '../postgres/postgres-dialect.ts';
import { openPostgresConnection } from '../postgres/open-postgres-store.ts';
import { openSqlEventStore } from '../sql/sql-event-store.ts';
import type { SqlConnection } from '../sql/sql-connection.ts';
import { openSqliteConnection } from '../sqlite/open-sqlite-store.ts';
import { describeAccessStoreContract } from './access.contract.ts';
import { roleAtLeast, type Role } from './access.ts';
import { sqlAccessStore } from './sql-access-store.ts';
import { serverSchemas } from '../../test-support/server-schemas.ts';

/**
 * The access contract on SQLite (a temp file), and on PostgreSQL: the server of SITREP_TEST_DATABASE_URL
 * when set (CI), else PGlite in process. The event store opens first, as in `openStores`, and migrates.
 */
async function onConnection(conn: SqlConnection) {
  const store = await openSqlEventStore(conn, { location: 'test' });
  return { access: sqlAccessStore(conn), close: () => store.close() };
}

const dir = mkdtempSync(join(tmpdir(), 'sitrep-access-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));
describeAccessStoreContract('SQLite (temp file)', () => onConnection(openSqliteConnection(join(dir, `access-${(n += 1)}.db`))));

const serverUrl = process.env.SITREP_TEST_DATABASE_URL?.trim();
let schemas = 0;
if (serverUrl) {
  const nextSchema = serverSchemas(serverUrl, 'a');
  describeAccessStoreContract('PostgreSQL server', async () => onConnection(await openPostgresConnection({ url: serverUrl, schema: nextSchema() })));
} else {
  console.warn('PostgreSQL access contract runs on PGlite: set SITREP_TEST_DATABASE_URL to run it against a server');
  const { PGlite } = await import('@electric-sql/pglite');
  const pglite: PGlite = await PGlite.create();
  describeAccessStoreContract('PostgreSQL on PGlite', async () => {
    await openPgliteStore(pglite, { schema: `s${(schemas += 1)}` });
    return onConnection(pgliteConnection(pglite, POSTGRES_DIALECT, { ownsInstance: false }));
  });
  afterAll(() => pglite.close());
}

describe('roleAtLeast', () => {
  const table: [Role, Role, boolean][] = [
    ['viewer', 'viewer', true],
    ['viewer', 'analyst', false],
    ['analyst', 'analyst', true],
    ['analyst', 'admin', false],
    ['admin', 'analyst', true],
    ['admin', 'viewer', true],
  ];
  it.each(table)('%s may act as %s: %s', (role, needed, expected) => {
    expect(roleAtLeast(role, needed)).toBe(expected);
  });
});
