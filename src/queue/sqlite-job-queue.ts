import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { better, defineQueue, JobStatus } from 'plainjob';
import { startClaimLoop } from './claim-loop.ts';
import { DEFAULT_RETRY, errorMessage, type JobCounts, type JobHandler, type JobQueue, type JobState, type Json, type RetryPolicy } from './job-queue.ts';
import { jobRecords } from './sqlite-job-records.ts';

/**
 * The job queue in a SQLite file, on plainjob: its table of jobs, its atomic claim (an immediate
 * transaction), its release of a claim whose worker died, its clean-up of old jobs. plainjob has no retries:
 * a run to be retried goes back to pending with a later `next_run_at`, plainjob's own column for "not before".
 */
export interface SqliteJobQueueOptions {
  readonly file: string;
  readonly retry?: Partial<RetryPolicy>;
  /** How often an idle worker looks for work (default 500 ms). */
  readonly pollMs?: number;
  /** A claim lasts this long; a worker that died lets go of its job after it (default 30 minutes). */
  readonly claimSeconds?: number;
  readonly logError?: (error: unknown) => void;
}

const TYPE = 'ingest';

export function openSqliteJobQueue(options: SqliteJobQueueOptions): JobQueue {
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const logError = options.logError ?? ((error: unknown) => process.stderr.write(`sitrep: job queue: ${errorMessage(error)}\n`));
  mkdirSync(dirname(options.file), { recursive: true });
  const db = new Database(options.file);
  const quiet = { error: (m: string) => logError(m), warn: () => undefined, info: () => undefined, debug: () => undefined };
  const queue = defineQueue({ connection: better(db), logger: quiet, timeout: (options.claimSeconds ?? 1800) * 1000 });
  const records = jobRecords(db);
  // A claim is timed from its start (plainjob times it from next_run_at, which may be long past for a job that waited).
  const stampClaim = db.prepare('UPDATE plainjob_jobs SET next_run_at = ? WHERE id = ?');
  const retryLater = db.prepare(`UPDATE plainjob_jobs SET status = ${JobStatus.Pending}, next_run_at = ? WHERE id = ? AND status = ${JobStatus.Processing}`);
  const countRows = db.prepare(
    `SELECT j.status AS status, coalesce(r.attempts, 0) > 0 AS tried, count(*) AS n FROM plainjob_jobs j
     LEFT JOIN sitrep_job_records r ON r.id = j.id WHERE j.type = ? GROUP BY 1, 2`,
  );
  const loops: { stop(): Promise<void> }[] = [];
  let closed = false;

  const runOne = (handler: JobHandler) => async (id: number) => {
    const job = queue.getJobById(id);
    if (!job) return;
    const payload = JSON.parse(job.data) as Json;
    const attempt = records.start(id);
    let outcome;
    try {
      outcome = await handler({ id: String(id), payload, attempt });
    } catch (error) {
      if (attempt < retry.maxAttempts) {
        records.retrying(id, errorMessage(error));
        retryLater.run(Date.now() + retry.backoffSeconds * 1000 * 2 ** (attempt - 1), id);
        return;
      }
      outcome = { ok: false as const, message: `gave up after ${attempt} attempts: ${errorMessage(error)}` };
    }
    if (outcome.ok) {
      records.done(id, outcome.result);
      queue.markJobAsDone(id);
    } else {
      records.failed(id, outcome.message);
      // plainjob keeps a failed job, its payload with it, for 30 days.
      queue.markJobAsFailed(id, outcome.message);
    }
  };

  return {
    location: options.file,
    async enqueue(jobs) {
      if (jobs.length === 0) return [];
      return queue.addMany(TYPE, jobs.map((j) => j.payload)).ids.map(String);
    },
    async work(handler, workOptions = {}) {
      if (closed) throw new Error('the job queue is closed');
      loops.push(
        startClaimLoop({
          claim: () => {
            const claimed = queue.getAndMarkJobAsProcessing(TYPE);
            if (!claimed) return null;
            stampClaim.run(Date.now(), claimed.id);
            return claimed.id;
          },
          run: runOne(handler),
          concurrency: workOptions.concurrency ?? 1,
          pollMs: options.pollMs ?? 500,
          onError: logError,
        }),
      );
    },
    async get(id) {
      if (!/^[1-9][0-9]{0,15}$/.test(id)) return null;
      const n = Number(id);
      const job = queue.getJobById(n);
      const record = records.get(n);
      if (!job && !record) return null;
      const state: JobState = !job ? record!.state : job.status === JobStatus.Pending ? (record ? 'retry' : 'queued') : job.status === JobStatus.Processing ? 'active' : job.status === JobStatus.Done ? 'done' : 'failed';
      return {
        id,
        state,
        attempts: record?.attempts ?? 0,
        result: state === 'done' ? (record?.result ?? null) : null,
        error: state === 'failed' ? (record?.error ?? job?.error ?? null) : state === 'retry' ? (record?.error ?? null) : null,
      };
    },
    async counts(): Promise<JobCounts> {
      const counts: Record<JobState, number> = { queued: 0, active: 0, retry: 0, done: 0, failed: 0 };
      for (const row of countRows.all(TYPE) as { status: JobStatus; tried: number; n: number }[]) {
        const state: JobState = row.status === JobStatus.Pending ? (row.tried ? 'retry' : 'queued') : row.status === JobStatus.Processing ? 'active' : row.status === JobStatus.Done ? 'done' : 'failed';
        counts[state] += row.n;
      }
      return counts;
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all(loops.map((loop) => loop.stop()));
      queue.close();
    },
  };
}
