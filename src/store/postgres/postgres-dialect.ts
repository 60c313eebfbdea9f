import { queryWords, type Dialect } from '../sql/sql-connection.ts';
import { POSTGRES_MIGRATIONS } from './postgres-migrations.ts';

// Any constant works; it only has to be the same in every sitrep process sharing a database.
const MIGRATION_LOCK_ID = 7_410_221;

export const POSTGRES_DIALECT: Dialect = {
  name: 'postgres',
  // The words joined with AND, as SQLite's FTS5 reads them: plainto_tsquery ignores operator syntax.
  documentRowsMatching: (q) => ({
    sql: "SELECT d.row_id FROM documents d WHERE d.search @@ plainto_tsquery('simple', ?)",
    params: [queryWords(q).join(' ')],
  }),
  documentRowMatches: (q, docRow) => ({
    sql: `EXISTS (SELECT 1 FROM documents d WHERE d.row_id = ${docRow} AND d.search @@ plainto_tsquery('simple', ?))`,
    params: [queryWords(q).join(' ')],
  }),
  placeCandidates({ minLon, minLat, maxLon, maxLat }) {
    // The expression is the one the GiST index is built on (migration 4).
    const box = 'SELECT c.row_id FROM events c WHERE point(c.longitude, c.latitude) <@ box(point(?, ?), point(?, ?))';
    if (minLon <= maxLon) return { sql: box, params: [minLon, minLat, maxLon, maxLat] };
    return { sql: `${box} UNION ALL ${box}`, params: [minLon, minLat, 180, maxLat, -180, minLat, maxLon, maxLat] };
  },
  // The planner has statistics for every table it reads; nothing to hide from it.
  unindexed: (expression) => expression,
  weekStart: (date) => `to_char(date_trunc('week', to_date(${date}, 'YYYY-MM-DD')), 'YYYY-MM-DD')`,
  migrationLock: `SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_ID})`,
  migrations: POSTGRES_MIGRATIONS,
};
