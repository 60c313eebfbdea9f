import { readdirSync, statSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openReader } from '../src/cli/open-reader.ts';
import { readAcledFile } from '../src/ingest/acled-input.ts';
import { readInputs } from '../src/ingest/read-input.ts';
import { readDocument } from '../src/read-document.ts';
import { EventFilterSchema, type EventFilterInput } from '../src/store/event-filter.ts';
import { openPostgresStore } from '../src/store/postgres/open-postgres-store.ts';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.ts';
import type { EventStore, PutItem } from '../src/store/store.ts';
import { COUNTRIES, random, syntheticDocument } from './store-synthetic.ts';

/**
 * Store benchmark: ingest throughput (reports through extraction, ACLED rows, raw store writes), then
 * query latency p50/p95 per filter on a store seeded with N synthetic events, and the size on disk.
 *   node --import tsx bench/store-bench.ts --engine sqlite --events 2500000 [--dir DIR] [--skip-seed]
 *   node --import tsx bench/store-bench.ts --engine postgres --url postgres://... --events 500000
 */

const { values: args } = parseArgs({
  options: {
    engine: { type: 'string', default: 'sqlite' },
    url: { type: 'string' },
    dir: { type: 'string' },
    events: { type: 'string', default: '500000' },
    'per-document': { type: 'string', default: '25' },
    'skip-seed': { type: 'boolean', default: false },
    'skip-ingest': { type: 'boolean', default: false },
    runs: { type: 'string', default: '40' },
  },
});

const dir = args.dir ?? (await mkdtemp(join(tmpdir(), 'sitrep-store-bench-')));
const openBench = (name: string): Promise<EventStore> =>
  args.engine === 'postgres'
    ? openPostgresStore({ url: args.url ?? process.env.SITREP_TEST_DATABASE_URL ?? '', schema: `bench_${name}` })
    : openSqliteStore({ file: join(dir, `${name}.db`) });

const seconds = (start: number): number => (performance.now() - start) / 1000;
const log = (line: string): void => console.log(line);

async function ingestReports(): Promise<void> {
  const reader = await openReader({});
  const docs = [];
  for await (const r of readInputs(['demo/reports'])) if (r.ok) docs.push(r.doc);
  const store = await openBench('ingest');
  let events = 0;
  let extractSeconds = 0;
  let storeSeconds = 0;
  const rounds = 20;
  for (let round = 0; round < rounds; round += 1) {
    for (const original of docs) {
      // A new id and text each round, so that nothing is skipped as already seen.
      const doc = { ...original, id: `${original.id}-r${round}`, text: `${original.text}\n(round ${round})` };
      let t = performance.now();
      const reading = readDocument(reader, doc);
      extractSeconds += seconds(t);
      t = performance.now();
      await store.putDocument(doc, reading.events);
      storeSeconds += seconds(t);
      events += reading.events.length;
    }
  }
  const n = rounds * docs.length;
  log(`reports (extract + store): ${n} documents, ${events} events: ${(n / (extractSeconds + storeSeconds)).toFixed(0)} docs/s, ${(events / (extractSeconds + storeSeconds)).toFixed(0)} events/s` +
    ` (extraction ${(extractSeconds * 1000 / n).toFixed(1)} ms/doc, store ${(storeSeconds * 1000 / n).toFixed(2)} ms/doc)`);
  await store.close();

  const acled = await openBench('acled');
  const acledFile = '../shared/evaldata/acledR/acled_2022H1_rest_of_world.csv';
  let rows = 0;
  const t = performance.now();
  let batch: PutItem[] = [];
  for await (const row of readAcledFile(acledFile)) {
    if (!row.ok) continue;
    batch.push({ doc: row.doc, events: [row.event], options: { contentHash: row.contentHash } });
    rows += 1;
    if (batch.length === 200) {
      await acled.putDocuments(batch);
      batch = [];
    }
  }
  await acled.putDocuments(batch);
  log(`ACLED import (batches of 200): ${rows} rows in ${seconds(t).toFixed(1)} s: ${(rows / seconds(t)).toFixed(0)} rows (documents and events)/s`);
  const again = performance.now();
  batch = [];
  for await (const row of readAcledFile(acledFile)) if (row.ok) batch.push({ doc: row.doc, events: [row.event], options: { contentHash: row.contentHash } });
  for (let i = 0; i < batch.length; i += 200) await acled.putDocuments(batch.slice(i, i + 200));
  log(`ACLED re-import (all unchanged): ${(rows / seconds(again)).toFixed(0)} rows/s`);
  await acled.close();
}

async function seed(store: EventStore, total: number, perDocument: number): Promise<void> {
  const rng = random(42);
  const documents = Math.ceil(total / perDocument);
  const t = performance.now();
  let last = t;
  const batch = Math.max(1, Math.floor(2000 / perDocument));
  for (let n = 0; n < documents; n += batch) {
    const items = Array.from({ length: Math.min(batch, documents - n) }, (_, k) => syntheticDocument(rng, n + k, perDocument));
    const failed = (await store.putDocuments(items)).filter((r) => r.outcome === 'failed');
    if (failed.length > 0) throw new Error(`seeding failed: ${failed.length} documents`);
    if (performance.now() - last > 15_000) {
      last = performance.now();
      log(`  seeded ${(n + 1) * perDocument} events, ${(((n + 1) * perDocument) / seconds(t)).toFixed(0)} events/s`);
    }
  }
  log(`seeded ${documents * perDocument} events (${documents} documents) in ${seconds(t).toFixed(0)} s: ${((documents * perDocument) / seconds(t)).toFixed(0)} events/s, ${(documents / seconds(t)).toFixed(0)} docs/s`);
}

type Case = (rng: () => number) => EventFilterInput;
const country = (rng: () => number) => COUNTRIES[Math.floor(rng() * COUNTRIES.length)]!;
const year = (rng: () => number) => 1998 + Math.floor(rng() * 27);
const CASES: Readonly<Record<string, Case>> = {
  'no filter': () => ({}),
  country: (rng) => ({ country: country(rng).name }),
  'country + year': (rng) => {
    const y = year(rng);
    return { country: country(rng).iso3, from: `${y}-01-01`, to: `${y}-12-31` };
  },
  admin1: (rng) => ({ admin1: `${country(rng).name} Province ${1 + Math.floor(rng() * 20)}` }),
  'event_type + month': (rng) => {
    const y = year(rng);
    return { event_type: 'Battles', from: `${y}-03-01`, to: `${y}-03-31` };
  },
  'bbox 2x2 deg': (rng) => {
    const c = country(rng);
    return { bbox: `${c.lon - 1},${c.lat - 1},${c.lon + 1},${c.lat + 1}` };
  },
  'actor (part of name)': (rng) => ({ actor: `militia ${Math.floor(rng() * 400)}` }),
  reporter: (rng) => ({ reporter: `Reporter ${1 + Math.floor(rng() * 40)}` }),
  'min_killed 30': () => ({ min_killed: 30 }),
  'q (one word)': (rng) => ({ q: `w${(200 + Math.floor(rng() * 2800)).toString(36)}` }),
  'q + country': (rng) => ({ q: `w${Math.floor(rng() * 200).toString(36)}`, country: country(rng).name }),
  'country + min_killed + year': (rng) => {
    const y = year(rng);
    return { country: country(rng).name, min_killed: 5, from: `${y}-01-01`, to: `${y}-12-31` };
  },
};

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measureQueries(store: EventStore, runs: number): Promise<void> {
  log(`query latency, limit 100, ${runs} runs each (ms):`);
  log(`  ${'filter'.padEnd(30)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)}  rows(avg)`);
  const all: number[] = [];
  const report = (name: string, times: number[], rows: number): void => {
    times.sort((a, b) => a - b);
    all.push(...times);
    log(`  ${name.padEnd(30)} ${percentile(times, 50).toFixed(1).padStart(8)} ${percentile(times, 95).toFixed(1).padStart(8)} ${times[times.length - 1]!.toFixed(1).padStart(8)}  ${(rows / runs).toFixed(0)}`);
  };
  for (const [name, make] of Object.entries(CASES)) {
    const rng = random(7);
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < runs; i += 1) {
      const filter = EventFilterSchema.parse(make(rng));
      const t = performance.now();
      const page = await store.queryEvents(filter, { limit: 100 });
      times.push(performance.now() - t);
      rows += page.events.length;
    }
    report(name, times, rows);
  }
  // Deep pages: the fifth page of a country, each page from the previous page's cursor.
  const rng = random(9);
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const filter = EventFilterSchema.parse({ country: country(rng).name });
    let cursor: string | undefined;
    for (let p = 0; p < 5; p += 1) {
      const t = performance.now();
      const page = await store.queryEvents(filter, { limit: 100, cursor });
      if (p === 4) times.push(performance.now() - t);
      cursor = page.next_cursor ?? undefined;
    }
  }
  report('country, 5th page', times, runs * 100);
  const timeline: number[] = [];
  const trng = random(11);
  for (let i = 0; i < runs; i += 1) {
    const y = year(trng);
    const filter = EventFilterSchema.parse({ country: country(trng).name, from: `${y}-01-01`, to: `${y}-12-31` });
    const t = performance.now();
    await store.timeline(filter, { interval: 'week', group_by: 'event_type' });
    timeline.push(performance.now() - t);
  }
  report('timeline: country-year by week', timeline, 0);
  all.sort((a, b) => a - b);
  log(`  ${'ALL QUERIES'.padEnd(30)} ${percentile(all, 50).toFixed(1).padStart(8)} ${percentile(all, 95).toFixed(1).padStart(8)}`);
}

function sqliteSize(file: string): number {
  return readdirSync(join(file, '..'))
    .filter((f) => f.startsWith('big.db'))
    .reduce((sum, f) => sum + statSync(join(file, '..', f)).size, 0);
}

const total = Number(args.events);
log(`engine ${args.engine}, ${args.engine === 'sqlite' ? dir : 'server'}`);
if (!args['skip-ingest']) await ingestReports();
const big = await openBench('big');
if (!args['skip-seed']) await seed(big, total, Number(args['per-document']));
const summary = await big.summarise();
log(`store holds ${summary.events} events in ${summary.documents} documents`);
await measureQueries(big, Number(args.runs));
await big.close();
if (args.engine === 'sqlite') {
  const bytes = sqliteSize(join(dir, 'big.db'));
  log(`SQLite file: ${(bytes / 2 ** 20).toFixed(0)} MiB, ${(bytes / 2 ** 20 / (summary.events / 1e6)).toFixed(0)} MiB per million events`);
} else {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: args.url ?? process.env.SITREP_TEST_DATABASE_URL });
  await client.connect();
  const { rows } = await client.query<{ bytes: string }>(
    "SELECT sum(pg_total_relation_size(c.oid))::bigint AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'bench_big' AND c.relkind = 'r'",
  );
  const bytes = Number(rows[0]?.bytes ?? 0);
  log(`PostgreSQL schema: ${(bytes / 2 ** 20).toFixed(0)} MiB, ${(bytes / 2 ** 20 / (summary.events / 1e6)).toFixed(0)} MiB per million events`);
  await client.end();
}
