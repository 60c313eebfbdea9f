import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { IncidentStore } from './incidents.ts';
import { SQLITE_FILE } from './open-store.ts';
import { pgConnection } from './postgres/pg-connection.ts';
import { pgliteConnection } from './postgres/pglite-connection.ts';
import { POSTGRES_DIALECT } from './postgres/postgres-dialect.ts';
import { openSqlIncidentStore } from './sql/sql-incident-store.ts';
import { SQLITE_DIALECT } from './sqlite/sqlite-dialect.ts';
import { sqliteConnection } from './sqlite/sqlite-connection.ts';

/**
 * The incident store beside the event store, on a connection of its own to the same database (the SQLite
 * file in WAL mode, or the PostgreSQL url): the same choice of engine as `openStore`.
 */
export async function openIncidentStore(options: { dataDir: string; databaseUrl?: string; now?: () => Date }): Promise<IncidentStore> {
  const url = options.databaseUrl?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new Error('SITREP_DATABASE_URL must be a postgres:// url');
    return openPostgresIncidentStore({ url, now: options.now });
  }
  return openSqliteIncidentStore({ file: join(options.dataDir, SQLITE_FILE), now: options.now });
}

export async function openSqliteIncidentStore(options: { file: string; now?: () => Date }): Promise<IncidentStore> {
  if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
  const db = new Database(options.file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -65536');
  try {
    return await openSqlIncidentStore(sqliteConnection(db, SQLITE_DIALECT), { now: options.now });
  } catch (error) {
    db.close();
    throw error;
  }
}

export async function openPostgresIncidentStore(options: { url: string; schema?: string; now?: () => Date }): Promise<IncidentStore> {
  if (options.schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(options.schema)) throw new Error(`bad schema name ${options.schema}`);
  const pool = new pg.Pool({
    connectionString: options.url,
    max: 4,
    ...(options.schema === undefined ? {} : { options: `-c search_path=${options.schema}` }),
  });
  try {
    return await openSqlIncidentStore(pgConnection(pool, POSTGRES_DIALECT), { now: options.now });
  } catch (error) {
    await pool.end();
    throw error;
  }
}

/** On a PGlite instance the caller made and owns; `schema` must already be the instance's search path. */
export function openPgliteIncidentStore(db: PGlite, options: { now?: () => Date } = {}): Promise<IncidentStore> {
  return openSqlIncidentStore(pgliteConnection(db, POSTGRES_DIALECT, { ownsInstance: false }), { now: options.now, ownsConnection: false });
}
