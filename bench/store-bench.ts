import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openReader } from '../src/cli/open-reader.ts';
import { readAcledFile } from '../src/ingest/acled-input.ts';
import { readInputs } from '../src/ingest/read-input.ts';
import { readDocument } from '../src/read-document.ts';
import { EventFilterSchema, type EventFilterInput, type TimelineOptions } from '../src/store/event-filter.ts';
import { openPostgresStore } from '../src/store/postgres/open-postgres-store.ts';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.ts';
import { bulkLoadSqlite } from '../src/store/sqlite/sqlite-bulk-load.ts';
import type { EventStore, PutItem } from '../src/store/store.ts';
import { COUNTRIES, MILITIAS, random, REPORTERS, syntheticDocument } from './store-synthetic.ts';

/**
 * Store benchmark: ingest throughput (reports through extraction, ACLED rows, raw store writes), then
 * query latency p50/p95 per filter on a store seeded with N synthetic events, and the size on disk.
 *   node --import tsx bench/store-bench.ts --engine sqlite --events 2500000 [--dir DIR] [--skip-seed]
 *   node --import tsx bench/store-bench.ts --engine postgres --url postgres://... --events 500000
 * SQLite seeds through its bulk load (indexes and full text built after the rows) unless --put is given.
 */

const { values: args } = parseArgs({
  options: {
    engine: { type: 'string', default: 'sqlite' },
    url: { type: 'string' },
    dir: { type: 'string' },
    events: { type: 'string', default: '500000' },
    'per-document': { type: 'string', default: '5' },
    acled: { type: 'string' },
    'skip-seed': { type: 'boolean', default: false },
    'skip-ingest': { type: 'boolean', default: false },
    // Seed through putDocuments, as ingest writes, instead of SQLite's bulk load.
    put: { type: 'boolean', default: false },
    runs: { type: 'string', default: '40' },
  },
});

const dir = args.dir ?? (await mkdtemp(join(tmpdir(), 'sitrep-store-bench-')));
const openBench = (name: string): Promise<EventStore> =>
  args.engine === 'postgres'
    ? openPostgresStore({ url: args.url ?? process.env.SITREP_TEST_DATABASE_URL ?? '', schema: `bench_${name}` })
    : openSqliteStore({ file: join(dir, `${name}.db`) });

const PAGE_SIZE = 50;
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
  const acledFile = args.acled ?? ['../shared', '../../shared'].map((d) => join(d, 'evaldata/acledR/acled_2022H1_rest_of_world.csv')).find((f) => existsSync(f))!;
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

function* syntheticBatches(documents: number, perDocument: number, batch: number): Generator<PutItem[]> {
  const rng = random(42);
  for (let n = 0; n < documents; n += batch) {
    yield Array.from({ length: Math.min(batch, documents - n) }, (_, k) => syntheticDocument(rng, n + k, documents, perDocument));
  }
}

async function bulkSeed(file: string, total: number, perDocument: number): Promise<void> {
  const documents = Math.ceil(total / perDocument);
  const t = performance.now();
  let last = t;
  const result = await bulkLoadSqlite(file, syntheticBatches(documents, perDocument, 2000), {
    progress: (_docs, events) => {
      if (performance.now() - last < 15_000) return;
      last = performance.now();
      log(`  loaded ${events} events, ${(events / seconds(t)).toFixed(0)} events/s (indexes and full text follow)`);
    },
  });
  if (result.failed.length > 0) throw new Error(`seeding failed: ${result.failed.length} documents, first: ${result.failed[0]!.error.message}`);
  log(`bulk-seeded ${result.events} events (${result.documents} documents) in ${seconds(t).toFixed(0)} s: ${(result.events / seconds(t)).toFixed(0)} events/s, ${(result.documents / seconds(t)).toFixed(0)} docs/s, indexes and full text included`);
}

async function seed(store: EventStore, total: number, perDocument: number): Promise<void> {
  const rng = random(42);
  const documents = Math.ceil(total / perDocument);
  const t = performance.now();
  let last = t;
  const batch = Math.max(1, Math.floor(5000 / perDocument));
  for (let n = 0; n < documents; n += batch) {
    const items = Array.from({ length: Math.min(batch, documents - n) }, (_, k) => syntheticDocument(rng, n + k, documents, perDocument));
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
const yearRange = (rng: () => number) => {
  const y = year(rng);
  return { from: `${y}-01-01`, to: `${y}-12-31` };
};
const box = (rng: () => number, half: number) => {
  const c = country(rng);
  const clamp = (v: number, m: number) => Math.max(-m, Math.min(m, v));
  return `${clamp(c.lon - half, 180)},${clamp(c.lat - half, 90)},${clamp(c.lon + half, 180)},${clamp(c.lat + half, 90)}`;
};
const rareWord = (rng: () => number) => `w${(200 + Math.floor(rng() * 2800)).toString(36)}`;
const commonWord = (rng: () => number) => `w${Math.floor(rng() * 200).toString(36)}`;
/** The filters of DESIGN.md alone and in the combinations people use, each drawn afresh per run. */
const CASES: Readonly<Record<string, Case>> = {
  'no filter': () => ({}),
  'from..to (a year)': (rng) => yearRange(rng),
  'country (any of 100)': (rng) => ({ country: country(rng).name }),
  'country (the largest)': () => ({ country: COUNTRIES[0]!.name }),
  'country iso3 + year': (rng) => ({ country: country(rng).iso3, ...yearRange(rng) }),
  admin1: (rng) => ({ admin1: `${country(rng).name} Province ${1 + Math.floor(rng() * 20)}` }),
  'event_type + month': (rng) => {
    const y = year(rng);
    return { event_type: 'Battles', from: `${y}-03-01`, to: `${y}-03-31` };
  },
  'kind aggregate': () => ({ kind: 'aggregate' }),
  'bbox 2x2 deg': (rng) => ({ bbox: box(rng, 1) }),
  'bbox 20x20 deg': (rng) => ({ bbox: box(rng, 10) }),
  'actor (part: militia N)': (rng) => ({ actor: `militia ${Math.floor(rng() * MILITIAS)}` }),
  'actor (common word)': (rng) => ({ actor: rng() < 0.5 ? 'forces' : 'protesters' }),
  'actor + country': (rng) => ({ actor: 'military', country: country(rng).name }),
  'reporter (common)': () => ({ reporter: REPORTERS[0]! }),
  'reporter (rare)': (rng) => ({ reporter: REPORTERS[30 + Math.floor(rng() * 16)]! }),
  'min_killed 1': () => ({ min_killed: 1 }),
  'min_killed 10': () => ({ min_killed: 10 }),
  'min_killed 30': () => ({ min_killed: 30 }),
  'min_killed 100': () => ({ min_killed: 100 }),
  'q (rare word)': (rng) => ({ q: rareWord(rng) }),
  'q (common word)': (rng) => ({ q: commonWord(rng) }),
  'q (two words)': (rng) => ({ q: `${commonWord(rng)} ${rareWord(rng)}` }),
  'q + country': (rng) => ({ q: commonWord(rng), country: country(rng).name }),
  'country + min_killed + year': (rng) => ({ country: country(rng).name, min_killed: 5, ...yearRange(rng) }),
  'reporter + min_killed 10': (rng) => ({ reporter: REPORTERS[Math.floor(rng() * 10)]!, min_killed: 10 }),
  'actor + bbox 2x2': (rng) => ({ actor: 'forces', bbox: box(rng, 1) }),
  'type + admin1 + year': (rng) => ({ event_type: 'Protests', admin1: `${COUNTRIES[0]!.name} Province ${1 + Math.floor(rng() * 20)}`, ...yearRange(rng) }),
};
const TIMELINES: Readonly<Record<string, [Case, TimelineOptions]>> = {
  'timeline: country-year, week': [(rng) => ({ country: country(rng).name, ...yearRange(rng) }), { interval: 'week', group_by: 'event_type' }],
  'timeline: country, week, admin1': [(rng) => ({ country: country(rng).name }), { interval: 'week', group_by: 'admin1' }],
  'timeline: largest country, week': [() => ({ country: COUNTRIES[0]!.name }), { interval: 'week', group_by: 'event_type' }],
  'timeline: a year, day': [(rng) => yearRange(rng), { interval: 'day', group_by: 'event_type' }],
  'timeline: actor, week': [(rng) => ({ actor: `militia ${Math.floor(rng() * MILITIAS)}` }), { interval: 'week', group_by: 'event_type' }],
  'timeline: everything, week': [() => ({}), { interval: 'week', group_by: 'event_type' }],
};

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measureQueries(store: EventStore, runs: number): Promise<void> {
  log(`first page (limit ${PAGE_SIZE}, newest first), ${runs} runs each (ms):`);
  log(`  ${'filter'.padEnd(32)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)}  rows(avg)`);
  const all: number[] = [];
  const report = (name: string, times: number[], rows: number, pooled = true): void => {
    times.sort((a, b) => a - b);
    if (pooled) all.push(...times);
    log(`  ${name.padEnd(32)} ${percentile(times, 50).toFixed(1).padStart(8)} ${percentile(times, 95).toFixed(1).padStart(8)} ${times[times.length - 1]!.toFixed(1).padStart(8)}  ${(rows / times.length).toFixed(0)}`);
  };
  for (const [name, make] of Object.entries(CASES)) {
    const rng = random(7);
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < runs; i += 1) {
      const filter = EventFilterSchema.parse(make(rng));
      const t = performance.now();
      const page = await store.queryEvents(filter, { limit: PAGE_SIZE });
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
    for (let p = 0; p < 5 && (p === 0 || cursor !== undefined); p += 1) {
      const t = performance.now();
      const page = await store.queryEvents(filter, { limit: PAGE_SIZE, cursor });
      if (p === 4) times.push(performance.now() - t);
      cursor = page.next_cursor ?? undefined;
    }
  }
  if (times.length > 0) report('country, 5th page', times, times.length * PAGE_SIZE);
  all.sort((a, b) => a - b);
  log(`  ${'ALL PAGE QUERIES'.padEnd(32)} ${percentile(all, 50).toFixed(1).padStart(8)} ${percentile(all, 95).toFixed(1).padStart(8)}`);
  for (const [name, [make, options]] of Object.entries(TIMELINES)) {
    const trng = random(11);
    const timeline: number[] = [];
    let buckets = 0;
    const n = name.includes('everything') || name.includes('largest') ? Math.min(runs, 5) : runs;
    for (let i = 0; i < n; i += 1) {
      const filter = EventFilterSchema.parse(make(trng));
      const t = performance.now();
      buckets += (await store.timeline(filter, options)).length;
      timeline.push(performance.now() - t);
    }
    report(name, timeline, buckets, false);
  }
}

function sqliteSize(file: string): number {
  return readdirSync(join(file, '..'))
    .filter((f) => f.startsWith('big.db'))
    .reduce((sum, f) => sum + statSync(join(file, '..', f)).size, 0);
}

const total = Number(args.events);
log(`engine ${args.engine}, ${args.engine === 'sqlite' ? dir : 'server'}`);
if (!args['skip-ingest']) await ingestReports();
const bulk = args.engine === 'sqlite' && !args.put;
if (bulk && !args['skip-seed']) await bulkSeed(join(dir, 'big.db'), total, Number(args['per-document']));
const big = await openBench('big');
if (!bulk && !args['skip-seed']) await seed(big, total, Number(args['per-document']));
if (args.engine === 'postgres') {
  // A bulk load outruns autovacuum: give the planner its statistics before measuring, as an operator would.
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: args.url ?? process.env.SITREP_TEST_DATABASE_URL });
  await client.connect();
  await client.query('SET search_path TO bench_big');
  await client.query('ANALYZE');
  await client.end();
}
const summary = await big.summarise();
log(`store holds ${summary.events} events in ${summary.documents} documents`);
await measureQueries(big, Number(args.runs));
await big.close();
if (args.engine === 'sqlite') {
  const bytes = sqliteSize(join(dir, 'big.db'));
  log(`SQLite file: ${(bytes / 2 ** 20).toFixed(0)} MiB, ${(bytes / 2 ** 20 / (summary.events / 1e6)).toFixed(0)} MiB per million events`);
  const Database = (await import('better-sqlite3')).default;
  const db = new Database(join(dir, 'big.db'), { readonly: true });
  const parts = db.prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 14').all() as { name: string; bytes: number }[];
  log(`  largest parts (MiB per million events): ${parts.map((p) => `${p.name} ${(p.bytes / 2 ** 20 / (summary.events / 1e6)).toFixed(0)}`).join(', ')}`);
  db.close();
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
