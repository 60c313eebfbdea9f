import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { makeDocument } from '../src/core/document.ts';
import type { EventRecord } from '../src/core/event.ts';
import { openSqliteIncidentStore } from '../src/store/open-incident-store.ts';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.ts';
import type { PutItem } from '../src/store/store.ts';
import { random, syntheticDocument } from './store-synthetic.ts';

/**
 * Reconciliation benchmark: N synthetic events stored in a SQLite file (a share of them re-reports of
 * earlier events by other outlets, so that incidents really gather several reports), then one automatic
 * run timed from stored events to written incidents; then a second run over a small new batch.
 *   node --import tsx bench/reconcile-bench.ts [--events 100000] [--per-document 2] [--rereports 0.3]
 */

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '100000' },
    'per-document': { type: 'string', default: '2' },
    rereports: { type: 'string', default: '0.3' },
    dir: { type: 'string' },
  },
});
const total = Number(args.events);
const perDocument = Number(args['per-document']);
const rereports = Number(args.rereports);
const dir = args.dir ?? (await mkdtemp(join(tmpdir(), 'sitrep-reconcile-bench-')));
const file = join(dir, 'bench.db');
const rng = random(7);
const seconds = (start: number): number => (performance.now() - start) / 1000;
// CPU time beside wall time: on a shared machine the wall clock measures the neighbours too.
const cpuSeconds = (start: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};

/** Another outlet's report of the same events: same happenings, its own ids, a toll that may have risen. */
function rereport(events: readonly EventRecord[], n: number, docId: string): EventRecord[] {
  return events.map((e, k) => ({ ...e, id: `${docId}#${k + 1}`, doc_id: docId, killed_best: (e.killed_best ?? 0) + (rng() < 0.3 ? 1 : 0), source: `Outlet ${n % 40}` }));
}

const store = await openSqliteStore({ file });
let seeded = 0;
let batch: PutItem[] = [];
const earlier: EventRecord[][] = [];
let t = performance.now();
for (let n = 0; seeded < total; n += 1) {
  const fresh = syntheticDocument(rng, n, Math.ceil(total / perDocument), perDocument);
  const copy = earlier.length > 0 && rng() < rereports;
  const events = copy ? rereport(earlier[Math.floor(rng() * earlier.length)]!, n, fresh.doc.id) : fresh.events;
  if (!copy) earlier.push(fresh.events);
  const doc = copy ? makeDocument({ ...fresh.doc, source: `Outlet ${n % 40}` }) : fresh.doc;
  batch.push({ doc, events });
  seeded += events.length;
  if (batch.length >= 500) {
    await store.putDocuments(batch);
    batch = [];
  }
}
if (batch.length > 0) await store.putDocuments(batch);
console.log(`seeded ${seeded} events in ${seconds(t).toFixed(1)} s (not timed below)`);
await store.close();

const incidents = await openSqliteIncidentStore({ file });
t = performance.now();
let cpu = process.cpuUsage();
const first = await incidents.reconcilePending('bench');
const firstSeconds = seconds(t);
console.log(
  `reconciled ${first.placed} stored events into ${first.created} incidents in ${firstSeconds.toFixed(1)} s ` +
    `(${cpuSeconds(cpu).toFixed(1)} s CPU; ${Math.round(first.placed / firstSeconds)} events/s)`,
);
await incidents.close();

const more = await openSqliteStore({ file });
const extra: PutItem[] = [];
for (let n = 0; n < 500; n += 1) extra.push(syntheticDocument(rng, 10_000_000 + n, Math.ceil(total / perDocument), perDocument));
await more.putDocuments(extra);
await more.close();
const again = await openSqliteIncidentStore({ file });
t = performance.now();
cpu = process.cpuUsage();
const second = await again.reconcilePending('bench');
console.log(
  `then ${second.placed} new events placed (${second.created} new incidents, ${second.updated} updated) ` +
    `in ${seconds(t).toFixed(2)} s (${cpuSeconds(cpu).toFixed(2)} s CPU)`,
);
await again.close();
if (args.dir === undefined) await rm(dir, { recursive: true, force: true });
