import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { openSqlEventStore } from '../sql/sql-event-store.ts';
import type { SqlConnection } from '../sql/sql-connection.ts';
import type { EventStore } from '../store.ts';
import { SQLITE_DIALECT } from './sqlite-dialect.ts';
import { sqliteConnection } from './sqlite-connection.ts';

export interface SqliteStoreOptions {
  /** The database file; ':memory:' for a throwaway store. */
  readonly file: string;
  readonly now?: () => Date;
  readonly driveBelow?: number;
  readonly listBelow?: number;
  readonly snapshotMaxEvents?: number;
}

/** The embedded default: one file, WAL so that readers never wait for the ingest writing beside them. */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<EventStore> {
  const conn = openSqliteConnection(options.file);
  try {
    return await openSqlEventStore(conn, { location: options.file, now: options.now, driveBelow: options.driveBelow, listBelow: options.listBelow, snapshotMaxEvents: options.snapshotMaxEvents });
  } catch (error) {
    await conn.close();
    throw error;
  }
}

/** The connection alone, for a caller that runs more than the event store on it (users and tokens). */
export function openSqliteConnection(file: string): SqlConnection {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // NORMAL is durable across application crashes in WAL mode; only a power cut can lose the last commits.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  db.pragma('cache_size = -65536');
  // Pages read through a memory map cost no copy: a large store's queries touch many (the build's cap is 2 GiB).
  db.pragma('mmap_size = 2147418112');
  return sqliteConnection(db, SQLITE_DIALECT);
}
