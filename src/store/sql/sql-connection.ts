import type { Bbox } from '../event-filter.ts';

/**
 * The one query layer both engines run: SQL is written once with `?` placeholders and the few places
 * where the engines differ are answered by a `Dialect`. Everything is async because PostgreSQL is;
 * SQLite answers at once.
 */

export type SqlValue = string | number | null;

export interface SqlExecutor {
  all<T extends object>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  run(sql: string, params?: readonly SqlValue[]): Promise<void>;
}

export interface SqlConnection extends SqlExecutor {
  readonly dialect: Dialect;
  /** Runs `work` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly statements: readonly string[];
}

export interface Dialect {
  readonly name: 'sqlite' | 'postgres';
  /**
   * A subquery of the `row_id` (as `row_id`) of every document version whose text matches the words of
   * `q`. Only a current version has events, so events are matched on their `doc_row` without more checks.
   */
  documentRowsMatching(q: string): { readonly sql: string; readonly params: readonly SqlValue[] };
  /**
   * A condition that the document version with row id `docRow` (an SQL expression) matches the words of
   * `q`, checked for that one document: for filtering rows met in date order without listing every match.
   */
  documentRowMatches(q: string, docRow: string): { readonly sql: string; readonly params: readonly SqlValue[] };
  /** Selects the `row_id` of the events placed in the box, or a few more (never fewer), through a spatial index. */
  placeCandidates(bbox: Bbox): { readonly sql: string; readonly params: readonly SqlValue[] };
  /** The expression, written so that the engine will not use an index for it (SQLite: unary plus). */
  unindexed(expression: string): string;
  /** An expression for the Monday starting the ISO week of a YYYY-MM-DD text expression, as YYYY-MM-DD. */
  weekStart(dateExpression: string): string;
  /** Run first inside the migration transaction so that two processes starting together migrate once. */
  readonly migrationLock: string | null;
  readonly migrations: readonly Migration[];
}

/** The words of a full-text query, without any operator syntax: people type words, not query languages. */
export function queryWords(q: string): string[] {
  return q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
