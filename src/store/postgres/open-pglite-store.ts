import type { PGlite } from '@electric-sql/pglite';
import { openSqlEventStore } from '../sql/sql-event-store.ts';
import type { EventStore } from '../store.ts';
import { pgliteConnection } from './pglite-connection.ts';
import { POSTGRES_DIALECT } from './postgres-dialect.ts';

/**
 * The PostgreSQL store on a PGlite instance the caller made (tests, machines without a server). With
 * `schema`, the store lives in that schema of the instance, so that one instance can hold many stores.
 */
export async function openPgliteStore(db: PGlite, options: { schema?: string; now?: () => Date; driveBelow?: number; listBelow?: number; snapshotMaxEvents?: number } = {}): Promise<EventStore> {
  if (options.schema !== undefined) {
    if (!/^[a-z_][a-z0-9_]*$/.test(options.schema)) throw new Error(`bad schema name ${options.schema}`);
    await db.exec(`CREATE SCHEMA IF NOT EXISTS ${options.schema}; SET search_path TO ${options.schema}`);
  }
  return openSqlEventStore(pgliteConnection(db, POSTGRES_DIALECT, { ownsInstance: false }), { location: 'pglite', now: options.now, driveBelow: options.driveBelow, listBelow: options.listBelow, snapshotMaxEvents: options.snapshotMaxEvents });
}
