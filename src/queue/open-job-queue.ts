import { join } from 'node:path';
import type { JobQueue, RetryPolicy } from './job-queue.ts';
import { openPostgresJobQueue } from './postgres-job-queue.ts';
import { openSqliteJobQueue } from './sqlite-job-queue.ts';

/** The queue's own file in the data directory, beside (not inside) the store's, so that neither waits on the other's writes. */
export const QUEUE_FILE = 'queue.db';

export interface OpenJobQueueOptions {
  readonly dataDir: string;
  /** A postgres:// url (SITREP_DATABASE_URL): the queue goes in the same database, in pg-boss's schema. */
  readonly databaseUrl?: string;
  readonly retry?: Partial<RetryPolicy>;
}

/** The same choice of engine as the store's: PostgreSQL when there is a url, else SQLite in the data directory. */
export async function openJobQueue(options: OpenJobQueueOptions): Promise<JobQueue> {
  const url = options.databaseUrl?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new Error('SITREP_DATABASE_URL must be a postgres:// url');
    return openPostgresJobQueue({ url, retry: options.retry });
  }
  return openSqliteJobQueue({ file: join(options.dataDir, QUEUE_FILE), retry: options.retry });
}
