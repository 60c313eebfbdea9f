import { join } from 'node:path';
import { sqlAccessStore } from './access/sql-access-store.ts';
import type { AccessStore } from './access/access.ts';
import { openPostgresConnection, openPostgresStore, withoutPassword } from './postgres/open-postgres-store.ts';
import { openSqlEventStore } from './sql/sql-event-store.ts';
import type { SqlConnection } from './sql/sql-connection.ts';
import { openSqliteConnection, openSqliteStore } from './sqlite/open-sqlite-store.ts';
import type { EventStore } from './store.ts';

export const SQLITE_FILE = 'sitrep.db';

export interface OpenStoreOptions {
  readonly dataDir: string;
  /** A postgres:// url (from SITREP_DATABASE_URL); without one, the SQLite file in the data directory. */
  readonly databaseUrl?: string;
}

export async function openStore(options: OpenStoreOptions): Promise<EventStore> {
  const url = checkedUrl(options);
  if (url) return openPostgresStore({ url });
  return openSqliteStore({ file: join(options.dataDir, SQLITE_FILE) });
}

export interface Stores {
  /** Closing it closes the shared connection, and so the access store too. */
  readonly store: EventStore;
  readonly access: AccessStore;
}

/** The event store and the access store on one connection (what `sitrep serve` and `sitrep users` need). */
export async function openStores(options: OpenStoreOptions): Promise<Stores> {
  const url = checkedUrl(options);
  const file = join(options.dataDir, SQLITE_FILE);
  const conn: SqlConnection = url ? await openPostgresConnection({ url }) : openSqliteConnection(file);
  try {
    const store = await openSqlEventStore(conn, { location: url ? withoutPassword(url) : file });
    return { store, access: sqlAccessStore(conn) };
  } catch (error) {
    await conn.close();
    throw error;
  }
}

function checkedUrl(options: OpenStoreOptions): string | undefined {
  const url = options.databaseUrl?.trim();
  if (url && !/^postgres(ql)?:\/\//.test(url)) throw new Error('SITREP_DATABASE_URL must be a postgres:// url');
  return url || undefined;
}
