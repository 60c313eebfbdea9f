import { queryWords, type Dialect } from '../sql/sql-connection.ts';
import { POSTGRES_MIGRATIONS } from './postgres-migrations.ts';

// Any constant works; it only has to be the same in every sitrep process sharing a database.
const MIGRATION_LOCK_ID = 7_410_221;

export const POSTGRES_DIALECT: Dialect = {
  name: 'postgres',
  documentsMatching(q) {
    // The words joined with AND, as SQLite's FTS5 reads them: plainto_tsquery ignores operator syntax.
    return {
      sql: "SELECT d.id FROM documents d WHERE d.search @@ plainto_tsquery('simple', ?) AND d.superseded_at IS NULL",
      params: [queryWords(q).join(' ')],
    };
  },
  weekStart: (date) => `to_char(date_trunc('week', to_date(${date}, 'YYYY-MM-DD')), 'YYYY-MM-DD')`,
  migrationLock: `SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_ID})`,
  migrations: POSTGRES_MIGRATIONS,
};
