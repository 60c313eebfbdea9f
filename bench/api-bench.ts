import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openReader } from '../src/cli/open-reader.ts';
import { readInputs } from '../src/ingest/read-input.ts';
import { readDocument } from '../src/read-document.ts';
import { issueToken } from '../src/store/access/access-token.ts';
import { openStores } from '../src/store/open-store.ts';
import { formatLoad, runLoad, serveDataDir, serverTimes } from './api-load.ts';
import { COUNTRIES, random, syntheticDocument } from './store-synthetic.ts';

/**
 * The HTTP API under load, served by `sitrep serve` in its own process on loopback:
 *   GET /api/events (requests/s, p50/p95) on the demo store and on a store of N synthetic events,
 *   POST /api/documents ingest throughput (documents/s).
 *   node --import tsx bench/api-bench.ts [--events 100000] [--requests 400] [--concurrency 4] [--posts 60] [--dir DIR]
 */

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '100000' },
    requests: { type: 'string', default: '400' },
    concurrency: { type: 'string', default: '4' },
    posts: { type: 'string', default: '60' },
    dir: { type: 'string' },
  },
});
const requests = Number(args.requests);
const concurrency = Number(args.concurrency);
const root = args.dir ?? (await mkdtemp(join(tmpdir(), 'sitrep-api-bench-')));
const log = (line: string): void => console.log(line);

async function demoDocuments() {
  const docs = [];
  for await (const r of readInputs(['demo/reports'])) if (r.ok) docs.push(r.doc);
  return docs;
}

// Longitudes past ±180 come round the other side (Fiji's box then crosses the antimeridian, as the API allows).
const wrap = (lon: number): number => ((((lon + 180) % 360) + 360) % 360) - 180;

/** The queries a dashboard makes, in turn: the newest page, then filtered ones. */
function eventQueries(i: number): string {
  const rng = random(i + 1);
  const country = COUNTRIES[Math.floor(rng() * COUNTRIES.length)]!;
  const queries = [
    'limit=100',
    `country=${country.iso3}&limit=100`,
    `event_type=Battles&from=2015-01-01&limit=100`,
    `bbox=${wrap(country.lon - 3)},${country.lat - 3},${wrap(country.lon + 3)},${country.lat + 3}&limit=100`,
    `min_killed=10&limit=50`,
    `q=${country.name.split(' ')[0]}&limit=50`,
  ];
  return queries[i % queries.length]!;
}

async function measureEvents(name: string, dataDir: string): Promise<void> {
  const logFile = join(root, `serve-${name.replace(/\W+/g, '-')}.log`);
  const server = await serveDataDir(dataDir, logFile);
  try {
    await runLoad(20, 2, (i) => fetch(`${server.url}/api/events?${eventQueries(i)}`)); // warm-up
    log(formatLoad(`${name}: GET /api/events (mixed)`, await runLoad(requests, concurrency, (i) => fetch(`${server.url}/api/events?${eventQueries(i)}`))));
    log(formatLoad(`${name}: GET /api/events (newest)`, await runLoad(requests, concurrency, () => fetch(`${server.url}/api/events?limit=100`))));
  } finally {
    await server.stop();
  }
  log(`  ${serverTimes(logFile, /GET \/api\/events 200/)} (warm-up included)`);
}

async function demoStore(): Promise<string> {
  const dataDir = join(root, 'demo');
  const { store } = await openStores({ dataDir });
  const reader = await openReader({});
  for (const doc of await demoDocuments()) await store.putDocument(doc, readDocument(reader, doc).events);
  log(`demo store: ${(await store.summarise()).events} events`);
  await store.close();
  return dataDir;
}

async function syntheticStore(total: number): Promise<string> {
  const dataDir = join(root, 'synthetic');
  const { store } = await openStores({ dataDir });
  // With --dir, a store seeded by an earlier run is measured again as it is.
  const already = (await store.summarise()).events;
  if (already >= total) {
    log(`synthetic store: ${already} events (kept from an earlier run)`);
    await store.close();
    return dataDir;
  }
  const rng = random(42);
  const perDocument = 4;
  for (let n = 0; n < total / perDocument; n += 500) {
    await store.putDocuments(Array.from({ length: 500 }, (_, k) => syntheticDocument(rng, n + k, total / perDocument, perDocument)));
  }
  log(`synthetic store: ${(await store.summarise()).events} events`);
  await store.close();
  return dataDir;
}

async function measureIngest(posts: number): Promise<void> {
  const dataDir = join(root, 'ingest');
  const stores = await openStores({ dataDir });
  await stores.access.addUser('bench', 'analyst');
  const { secret } = await issueToken(stores.access, 'bench');
  await stores.store.close();
  const docs = await demoDocuments();
  const logFile = join(root, 'serve-ingest.log');
  const server = await serveDataDir(dataDir, logFile);
  // Each post a new text (a numbered update line), so that none is skipped as already stored.
  const post = (i: number) => {
    const doc = docs[i % docs.length]!;
    return fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: `${doc.text}\n\nUpdate ${i}.`, title: doc.title ?? undefined, source: doc.source ?? undefined, published: doc.published ?? undefined }),
    });
  };
  try {
    const t = performance.now();
    await (await post(1_000_000)).arrayBuffer();
    log(`first POST (loads the gazetteer): ${((performance.now() - t) / 1000).toFixed(1)} s`);
    for (const c of [1, concurrency]) {
      const result = await runLoad(posts, c, (i) => post(i + c * 100_000));
      log(`${formatLoad(`POST /api/documents, ${c} at a time`, result)}  = ${(posts / result.seconds).toFixed(1)} documents/s`);
    }
  } finally {
    await server.stop();
  }
  log(`  ${serverTimes(logFile, /POST \/api\/documents 201/)} (the first, with the gazetteer load, included)`);
}

await measureEvents('demo', await demoStore());
await measureEvents(`${Number(args.events) / 1000}k synthetic`, await syntheticStore(Number(args.events)));
await measureIngest(Number(args.posts));
if (!args.dir) await rm(root, { recursive: true, force: true });
