import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { openSqlEventStore } from '../sql/sql-event-store.ts';
import type { EventStore } from '../store.ts';
import { SQLITE_DIALECT } from './sqlite-dialect.ts';
import { sqliteConnection } from './sqlite-connection.ts';

export interface SqliteStoreOptions {
  /** The database file; ':memory:' for a throwaway store. */
  readonly file: string;
  readonly now?: () => Date;
  readonly driveBelow?: number;
}

/** The embedded default: one file, WAL so that readers never wait for the ingest writing beside them. */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<EventStore> {
  if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
  const db = new Database(options.file);
  db.pragma('journal_mode = WAL');
  // NORMAL is durable across application crashes in WAL mode; only a power cut can lose the last commits.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  db.pragma('cache_size = -65536');
  // Pages read through a memory map cost no copy: a large store's queries touch many (the build's cap is 2 GiB).
  db.pragma('mmap_size = 2147418112');
  try {
    return await openSqlEventStore(sqliteConnection(db, SQLITE_DIALECT), { location: options.file, now: options.now, driveBelow: options.driveBelow });
  } catch (error) {
    db.close();
    throw error;
  }
}
