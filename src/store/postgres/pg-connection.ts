import pg from 'pg';
import type { Dialect, SqlConnection, SqlExecutor, SqlValue } from '../sql/sql-connection.ts';
import { numberPlaceholders } from './placeholders.ts';

type Queryable = Pick<pg.PoolClient, 'query'>;

function executorOf(client: Queryable): SqlExecutor {
  return {
    all: async <T extends object>(sql: string, params: readonly SqlValue[] = []) =>
      (await client.query(numberPlaceholders(sql), [...params])).rows as T[],
    run: async (sql: string, params: readonly SqlValue[] = []) => {
      await client.query(numberPlaceholders(sql), [...params]);
    },
  };
}

/** A pool of `pg` connections behind the query layer; a transaction holds one connection throughout. */
export function pgConnection(pool: pg.Pool, dialect: Dialect): SqlConnection {
  return {
    ...executorOf(pool),
    dialect,
    async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(executorOf(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
