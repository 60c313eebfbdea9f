import { join } from 'node:path';
import { openPostgresStore } from './postgres/open-postgres-store.ts';
import { openSqliteStore } from './sqlite/open-sqlite-store.ts';
import type { EventStore } from './store.ts';

export const SQLITE_FILE = 'sitrep.db';

export interface OpenStoreOptions {
  readonly dataDir: string;
  /** A postgres:// url (from SITREP_DATABASE_URL); without one, the SQLite file in the data directory. */
  readonly databaseUrl?: string;
}

export async function openStore(options: OpenStoreOptions): Promise<EventStore> {
  const url = options.databaseUrl?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new Error('SITREP_DATABASE_URL must be a postgres:// url');
    return openPostgresStore({ url });
  }
  return openSqliteStore({ file: join(options.dataDir, SQLITE_FILE) });
}
