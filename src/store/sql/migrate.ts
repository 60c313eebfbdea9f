import type { SqlConnection } from './sql-connection.ts';

/**
 * Applies the dialect's migrations that the database has not seen, each in its own transaction, in
 * version order. Run on every open: a new release upgrades an old data directory without a command.
 */
export async function migrate(conn: SqlConnection, now: () => Date): Promise<number[]> {
  await conn.run('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied: number[] = [];
  for (const migration of [...conn.dialect.migrations].sort((a, b) => a.version - b.version)) {
    const done = await conn.transaction(async (tx) => {
      if (conn.dialect.migrationLock) await tx.all(conn.dialect.migrationLock);
      // Checked inside the lock: another process may have applied it while we waited.
      const seen = await tx.all<{ version: number }>('SELECT version FROM schema_migrations WHERE version = ?', [migration.version]);
      if (seen.length > 0) return false;
      for (const statement of migration.statements) await tx.run(statement);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [migration.version, migration.name, now().toISOString()]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}
