import type { Database } from 'better-sqlite3';
import type { Json, JobState } from './job-queue.ts';

/**
 * What plainjob does not keep about a job: how many runs it had, its result and the error of a run that will
 * be retried. One row per job that has run, beside plainjob's table in the queue's file.
 */
export interface JobRecord {
  readonly attempts: number;
  readonly state: JobState;
  readonly result: Json | null;
  readonly error: string | null;
}

interface RecordRow {
  attempts: number;
  state: JobState;
  result: string | null;
  error: string | null;
}

export function jobRecords(db: Database) {
  db.exec(`CREATE TABLE IF NOT EXISTS sitrep_job_records (
    id INTEGER PRIMARY KEY,
    attempts INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL,
    result TEXT,
    error TEXT,
    updated_at TEXT NOT NULL
  )`);
  const now = () => new Date().toISOString();
  const start = db.prepare(
    `INSERT INTO sitrep_job_records (id, attempts, state, updated_at) VALUES (?, 1, 'active', ?)
     ON CONFLICT (id) DO UPDATE SET attempts = attempts + 1, state = 'active', updated_at = excluded.updated_at
     RETURNING attempts`,
  );
  const settle = db.prepare(`UPDATE sitrep_job_records SET state = ?, result = ?, error = ?, updated_at = ? WHERE id = ?`);
  const read = db.prepare(`SELECT attempts, state, result, error FROM sitrep_job_records WHERE id = ?`);
  return {
    /** A run begins: the attempt number it is. */
    start(id: number): number {
      return (start.get(id, now()) as { attempts: number }).attempts;
    },
    retrying(id: number, error: string): void {
      settle.run('retry', null, error, now(), id);
    },
    done(id: number, result: Json): void {
      settle.run('done', JSON.stringify(result), null, now(), id);
    },
    failed(id: number, error: string): void {
      settle.run('failed', null, error, now(), id);
    },
    get(id: number): JobRecord | null {
      const row = read.get(id) as RecordRow | undefined;
      if (!row) return null;
      return { attempts: row.attempts, state: row.state, error: row.error, result: row.result === null ? null : (JSON.parse(row.result) as Json) };
    },
  };
}
