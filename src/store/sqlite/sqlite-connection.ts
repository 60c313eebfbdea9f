import Database from 'better-sqlite3';
import type { Dialect, SqlConnection, SqlExecutor, SqlValue } from '../sql/sql-connection.ts';

type Statement = Database.Statement<unknown[], unknown>;

/**
 * better-sqlite3 behind the async query layer. Statements are prepared once and cached. Transactions
 * are queued: SQLite answers synchronously, but an async caller could otherwise slip its own statements
 * into another caller's open transaction.
 */
export function sqliteConnection(db: Database.Database, dialect: Dialect): SqlConnection {
  const cache = new Map<string, Statement>();
  const prepare = (sql: string): Statement => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      if (cache.size > 500) cache.clear();
      cache.set(sql, statement);
    }
    return statement;
  };
  const executor: SqlExecutor = {
    all: async <T extends object>(sql: string, params: readonly SqlValue[] = []) => prepare(sql).all(...params) as T[],
    run: async (sql: string, params: readonly SqlValue[] = []) => {
      prepare(sql).run(...params);
    },
  };
  let queue: Promise<unknown> = Promise.resolve();
  return {
    ...executor,
    dialect,
    transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      const next = queue.then(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(executor);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      });
      queue = next.catch(() => undefined);
      return next;
    },
    close: async () => {
      await queue;
      db.close();
    },
  };
}
