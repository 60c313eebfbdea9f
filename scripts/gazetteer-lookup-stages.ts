// What each stage of a cold look-up costs: the look-up bench's distinct names run through a longer part of
// the look-up path at each line, every line on a freshly loaded embedded gazetteer (so no place is decoded
// and nothing is remembered yet); the differences between lines are the stages' costs. CPU time per name, the least of three runs.
// Usage: node --import tsx scripts/gazetteer-lookup-stages.ts DATA_DIR [COUNT=50000]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataDirGazetteer } from '../src/geo/data-dir-gazetteer.ts';
import { defaultCitiesPath, loadEmbeddedGazetteer } from '../src/geo/embedded-gazetteer.ts';
import type { Gazetteer } from '../src/geo/gazetteer.ts';
import type { IndexedGazetteer } from '../src/geo/indexed-gazetteer.ts';
import { FoundPlaces } from '../src/geo/found-places.ts';
import type { NameIndex } from '../src/geo/name-index.ts';

const [dataDir, countText] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: gazetteer-lookup-stages.ts DATA_DIR [COUNT]');
const count = Number(countText ?? 50_000);
const lines = readFileSync(defaultCitiesPath(), 'utf8').split('\n');
const names: string[] = [];
for (let i = 0; names.length < count && i < lines.length; i += Math.max(1, Math.floor(lines.length / count))) {
  const name = lines[i]!.split('\t')[1];
  if (name) names.push(name);
}
const fresh = (): IndexedGazetteer => loadEmbeddedGazetteer({ cacheDir: join(dataDir, 'cache') });
// The index's own parts, which its class keeps private: this script measures them one by one.
const indexOf = (g: IndexedGazetteer): NameIndex => (g as unknown as { memo: { names: NameIndex } }).memo.names;

function readAll(gazetteer: Gazetteer, name: string): number {
  let read = 0;
  for (const m of gazetteer.match(name)) {
    const p = m.place;
    read += p.latitude + p.longitude + p.population + p.countryCode.length + (p.admin1Code?.length ?? 0) + (p.admin2Code?.length ?? 0) + m.distance;
  }
  return read;
}

const found = new FoundPlaces();
const stages: [string, () => (name: string) => number][] = [
  ['key folding', () => {
    const index = indexOf(fresh());
    return (name) => index.keyOf(name).length;
  }],
  ['+ key table probe', () => {
    const index = indexOf(fresh());
    return (name) => index.idOf(index.keyOf(name));
  }],
  ['+ ranked candidates', () => {
    const index = indexOf(fresh());
    return (name) => (index.collect(name, found), found.count);
  }],
  ['+ match list', () => {
    const g = fresh();
    return (name) => g.match(name).length;
  }],
  ['+ fields read', () => {
    const g = fresh();
    return (name) => readAll(g, name);
  }],
  ['data dir, no field read', () => {
    const g = loadDataDirGazetteer(dataDir);
    return (name) => g.match(name).length;
  }],
  ['data dir, fields read', () => {
    const g = loadDataDirGazetteer(dataDir);
    return (name) => readAll(g, name);
  }],
];

const cpu = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e3;
};
// Once through every stage on a few names first, so that no line pays for compiling the code of the ones before.
for (const [, make] of stages) {
  const run = make();
  for (let i = 0; i < 2000; i += 1) run(names[(i * 7919) % names.length]!);
}
// The machine is shared: each line is the least of three runs, each on a fresh gazetteer.
const ROUNDS = 3;
for (const [label, make] of stages) {
  let least = Number.POSITIVE_INFINITY;
  for (let round = 0; round < ROUNDS; round += 1) {
    const run = make();
    const started = cpu();
    let sum = 0;
    for (const name of names) sum += run(name);
    least = Math.min(least, cpu() - started);
    if (Number.isNaN(sum)) console.log('a candidate without coordinates');
  }
  console.log(`${label.padEnd(24)} ${((1000 * least) / names.length).toFixed(2).padStart(6)} µs/name`);
}
