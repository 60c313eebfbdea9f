import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { IncidentStore } from './incidents.ts';
import { SQLITE_FILE } from './open-store.ts';
import { openPostgresConnection } from './postgres/open-postgres-store.ts';
import { pgliteConnection } from './postgres/pglite-connection.ts';
import { POSTGRES_DIALECT } from './postgres/postgres-dialect.ts';
import type { SqlConnection } from './sql/sql-connection.ts';
import { openSqlIncidentStore } from './sql/sql-incident-store.ts';
import { openSqliteConnection } from './sqlite/open-sqlite-store.ts';

/**
 * The incident store on a connection of its own to the event store's database (the SQLite file in WAL
 * mode, or the PostgreSQL url): the same choice of engine as `openStore`. `openStores` gives one that
 * shares the event store's connection instead.
 */
export async function openIncidentStore(options: { dataDir: string; databaseUrl?: string; now?: () => Date }): Promise<IncidentStore> {
  const url = options.databaseUrl?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new Error('SITREP_DATABASE_URL must be a postgres:// url');
    return openPostgresIncidentStore({ url, now: options.now });
  }
  return openSqliteIncidentStore({ file: join(options.dataDir, SQLITE_FILE), now: options.now });
}

async function owning(conn: SqlConnection, now?: () => Date): Promise<IncidentStore> {
  try {
    return await openSqlIncidentStore(conn, { now });
  } catch (error) {
    await conn.close();
    throw error;
  }
}

export function openSqliteIncidentStore(options: { file: string; now?: () => Date }): Promise<IncidentStore> {
  return owning(openSqliteConnection(options.file), options.now);
}

export async function openPostgresIncidentStore(options: { url: string; schema?: string; now?: () => Date }): Promise<IncidentStore> {
  return owning(await openPostgresConnection({ url: options.url, schema: options.schema }), options.now);
}

/** On a PGlite instance the caller made and owns, in its current search path. */
export function openPgliteIncidentStore(db: PGlite, options: { now?: () => Date } = {}): Promise<IncidentStore> {
  return openSqlIncidentStore(pgliteConnection(db, POSTGRES_DIALECT, { ownsInstance: false }), { now: options.now, ownsConnection: false });
}
