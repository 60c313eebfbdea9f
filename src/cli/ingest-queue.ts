import { extname } from 'node:path';
import { expandPaths } from '../ingest/expand-paths.ts';
import type { InputKind } from '../ingest/input-result.ts';
import { parsePublished } from '../ingest/published-date.ts';
import { readInputs } from '../ingest/read-input.ts';
import type { NewJob } from '../queue/job-queue.ts';
import { openJobQueue } from '../queue/open-job-queue.ts';
import type { IngestJob } from '../worker/ingest-job.ts';

export interface EnqueueOptions {
  readonly paths: readonly string[];
  readonly urls: readonly string[];
  readonly input?: InputKind;
  readonly published?: string;
  readonly source?: string;
  readonly dataDir: string;
}

// Jobs per enqueue call: one write for many documents.
const BATCH = 200;

/**
 * `sitrep ingest --queue`: files are read here (a bad file or line is named at once, as without --queue) and
 * each document becomes one job; urls become jobs as they are, fetched by the worker. Prints `job-id<TAB>where`
 * per job on stdout, a summary on stderr. Returns the exit code: 2 when anything could not be queued.
 */
export async function enqueueReports(options: EnqueueOptions): Promise<number> {
  const published = parsePublished(options.published, '--published');
  if (!published.ok) throw new Error(published.message);
  const queue = await openJobQueue({ dataDir: options.dataDir, databaseUrl: process.env.SITREP_DATABASE_URL });
  let queued = 0;
  let failed = 0;
  let pending: { where: string; job: IngestJob }[] = [];
  const flush = async () => {
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    const ids = await queue.enqueue(batch.map(({ job }): NewJob => ({ payload: job })));
    ids.forEach((id, i) => process.stdout.write(`${id}\t${batch[i]!.where}\n`));
    queued += ids.length;
  };
  const add = async (where: string, job: IngestJob) => {
    pending.push({ where, job });
    if (pending.length >= BATCH) await flush();
  };
  const fail = (where: string, message: string) => {
    failed += 1;
    process.stderr.write(`sitrep: ${where}: ${message}\n`);
  };
  try {
    for (const url of options.urls) await add(url, { kind: 'url', url, published: options.published, source: options.source });
    for await (const path of expandPaths(options.paths)) {
      if (!path.ok) fail(path.file, path.message);
      else if (options.input === undefined && extname(path.file).toLowerCase() === '.csv') fail(path.file, 'ACLED rows are coded already; import them without --queue');
      else {
        for await (const result of readInputs([path.file], { input: options.input, published: options.published, source: options.source })) {
          const where = `${result.file}${result.line ? `:${result.line}` : ''}`;
          if (!result.ok) fail(where, result.message);
          else await add(where, { kind: 'document', where, doc: result.doc });
        }
      }
    }
    await flush();
  } finally {
    await queue.close();
  }
  process.stderr.write(`queued ${queued} jobs in ${queue.location}${failed ? `; ${failed} not queued` : ''}; \`sitrep worker\` runs them\n`);
  return failed > 0 ? 2 : 0;
}
