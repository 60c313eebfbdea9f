/**
 * The job queue port: ingest work handed from `sitrep ingest --queue` and `POST /api/documents?async=1` to
 * any number of `sitrep worker` processes. One interface, one adapter per engine (liteque on SQLite, pg-boss
 * on PostgreSQL), both held to `job-queue.contract.ts`. Nothing here is a queue of its own: claiming,
 * expiry of a dead worker's claim and the retry schedule belong to the engines.
 */

/** What a job carries and what it gives back: plain JSON, so that any engine can keep it. */
export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

export type JobState = 'queued' | 'active' | 'retry' | 'done' | 'failed';

export interface JobStatus {
  readonly id: string;
  readonly state: JobState;
  /** Runs started so far (0 while queued). */
  readonly attempts: number;
  /** The handler's result once done. */
  readonly result: Json | null;
  /** Why the last run failed: set while waiting for a retry and once failed for good. */
  readonly error: string | null;
}

export type JobCounts = Readonly<Record<JobState, number>>;

export interface NewJob {
  readonly payload: Json;
}

/** What a handler says about a job it finished: done with a result, or failed for good (not retried). */
export type JobOutcome = { readonly ok: true; readonly result: Json } | { readonly ok: false; readonly message: string };

export interface RunningJob {
  readonly id: string;
  readonly payload: Json;
  /** 1 for the first run. */
  readonly attempt: number;
}

/**
 * Runs one job. A returned outcome settles the job; a thrown error is transient (a network or database
 * failure) and the engine runs the job again after a growing delay, until the attempts are used up.
 */
export type JobHandler = (job: RunningJob) => Promise<JobOutcome>;

export interface WorkOptions {
  /** Jobs in hand at once (default 1). */
  readonly concurrency?: number;
}

export interface RetryPolicy {
  /** Runs in all, the first included (default 5). */
  readonly maxAttempts: number;
  /** Delay before the first retry; each later one waits about twice as long (default 10 s). */
  readonly backoffSeconds: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, backoffSeconds: 10 };

export interface JobQueue {
  /** Where the jobs live, for people (a file, or a database url without its password). */
  readonly location: string;
  /** Adds jobs; their ids, in order, at once. */
  enqueue(jobs: readonly NewJob[]): Promise<readonly string[]>;
  /** Starts taking jobs; returns once started. Work goes on until `close`. */
  work(handler: JobHandler, options?: WorkOptions): Promise<void>;
  /** A job's state; null for an id this queue never handed out. */
  get(id: string): Promise<JobStatus | null>;
  counts(): Promise<JobCounts>;
  /** Stops taking jobs, lets the jobs in hand finish, then lets go of the database. */
  close(): Promise<void>;
}

/** A thrown value as one line for a job's record. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
