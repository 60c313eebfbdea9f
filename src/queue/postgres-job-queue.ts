import { randomUUID } from 'node:crypto';
import PgBoss from 'pg-boss';
import { withoutPassword } from '../store/postgres/open-postgres-store.ts';
import { startClaimLoop } from './claim-loop.ts';
import { DEFAULT_RETRY, errorMessage, type JobCounts, type JobQueue, type JobState, type JobStatus, type Json, type RetryPolicy } from './job-queue.ts';

/**
 * The job queue in PostgreSQL, on pg-boss (10.x, the last line that runs on Node 20): its tables in a schema
 * of their own, SKIP LOCKED claims (fetch), retries with exponential backoff (fail), expiry of a dead
 * worker's claim. Jobs are taken by `claim-loop.ts` rather than pg-boss's work(), which rests after each job. A job
 * the handler settles as failed is completed in pg-boss's terms (so it is not retried) with the failure as its
 * output; read back, it is 'failed'.
 */
export interface PostgresJobQueueOptions {
  readonly url: string;
  /** pg-boss's schema (default sitrep_queue). */
  readonly schema?: string;
  readonly retry?: Partial<RetryPolicy>;
  /** How often an idle worker looks for work (default 0.5 s, pg-boss's least). */
  readonly pollSeconds?: number;
  /** A claim lasts this long; a worker that died lets go of its job after it (default 15 minutes). */
  readonly claimSeconds?: number;
  readonly logError?: (error: unknown) => void;
}

const QUEUE = 'ingest';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Output = { result?: Json; failed?: string; message?: string } | null;

export async function openPostgresJobQueue(options: PostgresJobQueueOptions): Promise<JobQueue> {
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const schema = options.schema ?? 'sitrep_queue';
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema name ${schema}`);
  const boss = new PgBoss({ connectionString: options.url, schema, max: 4, schedule: false });
  // pg-boss reports maintenance and polling failures as events; an unheard 'error' event would end the process.
  const logError = options.logError ?? ((error: unknown) => process.stderr.write(`sitrep: job queue: ${errorMessage(error)}\n`));
  boss.on('error', logError);
  await boss.start();
  try {
    await ensureQueue(boss, { retryLimit: retry.maxAttempts - 1, retryDelay: Math.max(1, Math.round(retry.backoffSeconds)), retryBackoff: true, expireInSeconds: options.claimSeconds ?? 900 });
  } catch (error) {
    await boss.stop({ graceful: false, wait: true });
    throw error;
  }
  const loops: { stop(): Promise<void> }[] = [];
  let closed = false;

  return {
    location: `${withoutPassword(options.url)} (schema ${schema})`,
    async enqueue(jobs) {
      const ids = jobs.map(() => randomUUID());
      await boss.insert(jobs.map((job, i) => ({ id: ids[i], name: QUEUE, data: job.payload as object })));
      return ids;
    },
    async work(handler, workOptions = {}) {
      if (closed) throw new Error('the job queue is closed');
      loops.push(
        startClaimLoop({
          claim: async () => (await boss.fetch<Json>(QUEUE, { batchSize: 1, includeMetadata: true }))?.[0] ?? null,
          run: async (job) => {
            const attempt = job.retryCount + 1;
            let outcome;
            try {
              outcome = await handler({ id: job.id, payload: job.data, attempt });
            } catch (error) {
              // pg-boss decides: retry after its backoff, or failed once the retry limit is reached.
              const last = attempt >= retry.maxAttempts;
              await boss.fail(QUEUE, job.id, { message: last ? `gave up after ${attempt} attempts: ${errorMessage(error)}` : errorMessage(error) });
              return;
            }
            await boss.complete(QUEUE, job.id, outcome.ok ? { result: outcome.result } : { failed: outcome.message });
          },
          concurrency: workOptions.concurrency ?? 1,
          pollMs: (options.pollSeconds ?? 0.5) * 1000,
          onError: logError,
        }),
      );
    },
    async get(id) {
      if (!UUID.test(id)) return null;
      const job = await boss.getJobById<Json>(QUEUE, id, { includeArchive: true });
      if (!job) return null;
      return statusOf(id, job.state, job.retryCount, (job as { output?: Output }).output ?? null);
    },
    async counts(): Promise<JobCounts> {
      const sql = (table: string) =>
        `SELECT state::text AS state, (output ? 'failed') AS settled_failed, count(*)::int AS n FROM ${schema}.${table} WHERE name = $1 GROUP BY 1, 2`;
      const counts: Record<JobState, number> = { queued: 0, active: 0, retry: 0, done: 0, failed: 0 };
      for (const table of ['job', 'archive']) {
        const { rows } = await boss.getDb().executeSql(sql(table), [QUEUE]);
        for (const row of rows as { state: PgBoss.JobWithMetadata['state']; settled_failed: boolean | null; n: number }[]) {
          counts[stateOf(row.state, row.settled_failed === true)] += row.n;
        }
      }
      return counts;
    },
    async close() {
      if (closed) return;
      closed = true;
      // The jobs in hand finish, then pg-boss stops its maintenance and closes its pool.
      await Promise.all(loops.map((loop) => loop.stop()));
      await boss.stop({ graceful: true, wait: true });
    },
  };
}

async function ensureQueue(boss: PgBoss, settings: Omit<PgBoss.Queue, 'name'>): Promise<void> {
  if (await boss.getQueue(QUEUE)) return boss.updateQueue(QUEUE, { name: QUEUE, ...settings });
  try {
    await boss.createQueue(QUEUE, { name: QUEUE, ...settings });
  } catch (error) {
    // Another worker starting at the same moment made it first.
    if (!(await boss.getQueue(QUEUE))) throw error;
  }
}

function stateOf(state: PgBoss.JobWithMetadata['state'], settledFailed: boolean): JobState {
  if (state === 'created') return 'queued';
  if (state === 'completed') return settledFailed ? 'failed' : 'done';
  if (state === 'cancelled') return 'failed';
  return state;
}

function statusOf(id: string, state: PgBoss.JobWithMetadata['state'], retryCount: number, output: Output): JobStatus {
  const mapped = stateOf(state, typeof output?.failed === 'string');
  return {
    id,
    state: mapped,
    // retry_count grows when a retried job is claimed again, so a job that has run has run one more time.
    attempts: state === 'created' ? 0 : retryCount + 1,
    result: mapped === 'done' ? (output?.result ?? null) : null,
    error: mapped === 'failed' || mapped === 'retry' ? (output?.failed ?? output?.message ?? (state === 'cancelled' ? 'cancelled' : null)) : null,
  };
}
