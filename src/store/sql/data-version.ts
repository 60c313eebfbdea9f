import type { SqlExecutor } from './sql-connection.ts';

/**
 * The store's data version: `<last change>.<last audit entry>`. Both logs only grow: every event write or
 * delete adds a change, every review or incident edit an audit entry, from any process.
 */
export async function readDataVersion(exec: SqlExecutor): Promise<string> {
  const [row] = await exec.all<{ c: number | string | null; a: number | string | null }>(
    'SELECT (SELECT max(seq) FROM changes) AS c, (SELECT max(seq) FROM audit_log) AS a',
  );
  return `${row?.c ?? 0}.${row?.a ?? 0}`;
}

/** The last change a version counts (what the event rows reflect; audit entries change none of them). */
export function changeSeqOf(version: string): number {
  return Number(version.split('.')[0]);
}
