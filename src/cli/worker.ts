import type { Command } from 'commander';
import { errorMessage, type JobHandler, type JobQueue } from '../queue/job-queue.ts';
import { openJobQueue } from '../queue/open-job-queue.ts';
import { openStores } from '../store/open-store.ts';
import { ingestJobHandler } from '../worker/run-ingest-job.ts';
import { dataDirOf, openReader } from './open-reader.ts';

interface WorkerOptions {
  readonly concurrency: string;
  readonly maxAttempts: string;
  readonly backoff: string;
  readonly untilEmpty?: boolean;
}

function positive(flag: string, value: string, integer = true): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) throw new Error(`${flag}: expected a positive ${integer ? 'whole ' : ''}number, got ${value}`);
  return n;
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description("run queued ingest jobs (from `ingest --queue` and POST /api/documents?async=1) into the data directory's database")
    .option('--concurrency <n>', 'jobs in hand at once (url fetches overlap; reading is one at a time)', '1')
    .option('--max-attempts <n>', 'runs of a job whose site or database failed, before it is failed for good', '5')
    .option('--backoff <seconds>', 'wait before the first retry; each later one waits about twice as long', '10')
    .option('--until-empty', 'stop once no job is queued, waiting for a retry or in hand')
    .action(async (opts: WorkerOptions, command: Command) => {
      const concurrency = positive('--concurrency', opts.concurrency);
      const retry = { maxAttempts: positive('--max-attempts', opts.maxAttempts), backoffSeconds: positive('--backoff', opts.backoff, false) };
      const global = command.optsWithGlobals<{ dataDir?: string }>();
      const options = { dataDir: dataDirOf(global), databaseUrl: process.env.SITREP_DATABASE_URL };
      const stores = await openStores(options);
      let queue: JobQueue;
      try {
        queue = await openJobQueue({ ...options, retry });
      } catch (error) {
        await stores.store.close();
        throw error;
      }
      const tally = { done: 0, failed: 0, retried: 0 };
      let reading: ReturnType<typeof openReader> | null = null;
      const ingest = ingestJobHandler({ store: stores.store, incidents: stores.incidents ?? null, reader: () => (reading ??= openReader(global)), actor: 'sitrep worker' });
      const logged: JobHandler = async (job) => {
        try {
          const outcome = await ingest(job);
          tally[outcome.ok ? 'done' : 'failed'] += 1;
          process.stderr.write(outcome.ok ? `sitrep worker: job ${job.id} done: ${describe(outcome.result)}\n` : `sitrep worker: job ${job.id} failed: ${outcome.message}\n`);
          return outcome;
        } catch (error) {
          tally.retried += 1;
          process.stderr.write(`sitrep worker: job ${job.id} attempt ${job.attempt} of ${retry.maxAttempts}: ${errorMessage(error)}\n`);
          throw error;
        }
      };
      let stopping: Promise<void> | null = null;
      const stop = (why: string) =>
        (stopping ??= (async () => {
          process.stderr.write(`sitrep worker: ${why}: finishing the jobs in hand\n`);
          await queue.close();
          await stores.store.close();
          process.stderr.write(`sitrep worker: stopped — ${tally.done} done, ${tally.failed} failed, ${tally.retried} runs to be retried\n`);
        })());
      const onSignal = (signal: NodeJS.Signals) => {
        // A second signal does not wait: the claims of jobs in hand lapse and another worker takes them.
        if (stopping) process.exit(130);
        void stop(signal).then(() => process.exit(0));
      };
      // Listening before the first job is taken: a signal never finds a job in hand unheard.
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      await queue.work(logged, { concurrency });
      process.stderr.write(`sitrep worker: taking jobs from ${queue.location} into ${stores.store.location} (${concurrency} at a time)\n`);
      if (opts.untilEmpty) {
        for (;;) {
          const counts = await queue.counts();
          if (counts.queued + counts.retry + counts.active === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
        await stop('queue empty');
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });
}

function describe(result: unknown): string {
  const r = result as { documents?: { doc_id: string; outcome: string; event_ids: string[] }[]; failures?: unknown[] };
  const docs = (r.documents ?? []).map((d) => `${d.doc_id} (${d.outcome}, ${d.event_ids.length} events)`);
  return `${docs.join(', ')}${r.failures?.length ? `; ${r.failures.length} items not read` : ''}`;
}
