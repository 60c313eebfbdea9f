import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { Dialect, SqlConnection, SqlExecutor, SqlValue } from '../sql/sql-connection.ts';
import { numberPlaceholders } from './placeholders.ts';

function executorOf(db: Pick<PGlite | Transaction, 'query'>): SqlExecutor {
  return {
    all: async <T extends object>(sql: string, params: readonly SqlValue[] = []) =>
      (await db.query<T>(numberPlaceholders(sql), [...params])).rows,
    run: async (sql: string, params: readonly SqlValue[] = []) => {
      await db.query(numberPlaceholders(sql), [...params]);
    },
  };
}

/**
 * PGlite (PostgreSQL compiled to WebAssembly, in process) behind the query layer: the PostgreSQL SQL
 * and migrations run for real on a machine without a PostgreSQL server. `close` leaves the instance
 * open when the caller owns it.
 */
export function pgliteConnection(db: PGlite, dialect: Dialect, options: { ownsInstance: boolean }): SqlConnection {
  return {
    ...executorOf(db),
    dialect,
    transaction: <T>(work: (tx: SqlExecutor) => Promise<T>) => db.transaction((tx) => work(executorOf(tx))),
    close: async () => {
      if (options.ownsInstance) await db.close();
    },
  };
}
