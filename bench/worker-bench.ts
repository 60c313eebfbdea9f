import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openReader } from '../src/cli/open-reader.ts';
import { readInputs } from '../src/ingest/read-input.ts';
import type { JobQueue } from '../src/queue/job-queue.ts';
import { openPostgresJobQueue } from '../src/queue/postgres-job-queue.ts';
import { openSqliteJobQueue } from '../src/queue/sqlite-job-queue.ts';
import { openPostgresIncidentStore } from '../src/store/open-incident-store.ts';
import { openStores } from '../src/store/open-store.ts';
import { openPostgresStore } from '../src/store/postgres/open-postgres-store.ts';
import type { IngestJob } from '../src/worker/ingest-job.ts';
import { ingestJobHandler } from '../src/worker/run-ingest-job.ts';

/**
 * Worker throughput: documents (and events) per second from the job queue through extraction, storing and
 * reconciliation, as `sitrep worker` runs them. Reports are queued first; the clock runs from the first
 * claim to the last job settled, with the reader (gazetteer) already loaded.
 *   node --import tsx bench/worker-bench.ts --engine sqlite --reports demo/reports --copies 20
 *   node --import tsx bench/worker-bench.ts --engine postgres --url postgres://... --reports ../shared/eval/news/articles
 */
const { values: args } = parseArgs({
  options: {
    engine: { type: 'string', default: 'sqlite' },
    url: { type: 'string' },
    reports: { type: 'string', default: 'demo/reports' },
    copies: { type: 'string', default: '1' },
    concurrency: { type: 'string', default: '1' },
  },
});

const copies = Number(args.copies);
const base = [];
for await (const r of readInputs([args.reports])) if (r.ok) base.push(r.doc);
// Each copy gets a new id and text and no url, so that every job stores a new document.
const jobs: IngestJob[] = [];
for (let k = 0; k < copies; k += 1) {
  for (const doc of base) jobs.push({ kind: 'document', where: doc.id, doc: k === 0 ? doc : { ...doc, id: `${doc.id}-c${k}`, url: null, text: `${doc.text}\n(copy ${k})` } });
}

const dir = await mkdtemp(join(tmpdir(), 'sitrep-worker-bench-'));
const schema = `bench_worker_${Date.now().toString(36)}`;
const url = args.url ?? process.env.SITREP_TEST_DATABASE_URL ?? '';
const postgres = args.engine === 'postgres';
// As `sitrep worker` opens them: on SQLite, the store and the incidents share one connection (two
// connections in one process would wait on each other's write locks).
const sqlite = postgres ? null : await openStores({ dataDir: dir });
const store = sqlite?.store ?? (await openPostgresStore({ url, schema }));
const incidents = sqlite?.incidents ?? (await openPostgresIncidentStore({ url, schema }));
const queue: JobQueue = postgres
  ? await openPostgresJobQueue({ url, schema: `${schema}_queue` })
  : openSqliteJobQueue({ file: join(dir, 'queue.db'), pollMs: 50 });

const reader = await openReader({});
await queue.enqueue(jobs.map((job) => ({ payload: job })));
let events = 0;
const handler = ingestJobHandler({ store, incidents, reader: async () => reader, actor: 'worker bench' });
const started = performance.now();
const cpu = process.cpuUsage();
await queue.work(
  async (job) => {
    const outcome = await handler(job);
    if (outcome.ok) events += (outcome.result as { documents: { events_written: number }[] }).documents.reduce((n, d) => n + d.events_written, 0);
    return outcome;
  },
  { concurrency: Number(args.concurrency) },
);
for (;;) {
  const c = await queue.counts();
  if (c.queued + c.active + c.retry === 0) {
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    console.log(
      `${args.engine}: ${c.done} documents done, ${c.failed} failed, ${events} events in ${seconds.toFixed(1)} s: ` +
        `${(c.done / seconds).toFixed(1)} documents/s, ${(events / seconds).toFixed(1)} events/s ` +
        `(CPU ${((used.user + used.system) / 1e6).toFixed(1)} s; load ${loadavg().map((l) => l.toFixed(1)).join(' ')})`,
    );
    break;
  }
  await new Promise((r) => setTimeout(r, 100));
}
await queue.close();
if (postgres) await incidents.close();
await store.close();
if (postgres) {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_queue CASCADE`);
  await client.end();
}
await rm(dir, { recursive: true, force: true });
