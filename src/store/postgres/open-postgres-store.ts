import pg from 'pg';
import { openSqlEventStore } from '../sql/sql-event-store.ts';
import type { SqlConnection } from '../sql/sql-connection.ts';
import type { EventStore } from '../store.ts';
import { pgConnection } from './pg-connection.ts';
import { POSTGRES_DIALECT } from './postgres-dialect.ts';

export interface PostgresStoreOptions {
  /** postgres://user:password@host:port/database */
  readonly url: string;
  /** A schema of its own (created if missing), so that tests and deployments can share one database. */
  readonly schema?: string;
  readonly now?: () => Date;
}

export async function openPostgresStore(options: PostgresStoreOptions): Promise<EventStore> {
  const conn = await openPostgresConnection(options);
  try {
    return await openSqlEventStore(conn, { location: withoutPassword(options.url), now: options.now });
  } catch (error) {
    await conn.close();
    throw error;
  }
}

/** The connection alone, for a caller that runs more than the event store on it (users and tokens). */
export async function openPostgresConnection(options: Omit<PostgresStoreOptions, 'now'>): Promise<SqlConnection> {
  if (options.schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(options.schema)) throw new Error(`bad schema name ${options.schema}`);
  if (options.schema !== undefined) {
    const setup = new pg.Client({ connectionString: options.url });
    await setup.connect();
    try {
      await setup.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`);
    } finally {
      await setup.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: options.url,
    max: 4,
    ...(options.schema === undefined ? {} : { options: `-c search_path=${options.schema}` }),
  });
  return pgConnection(pool, POSTGRES_DIALECT);
}

/** For messages and summaries: the url with any password blanked out. */
export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres (unparsable url)';
  }
}
