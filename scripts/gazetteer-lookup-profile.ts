// Where a look-up's time goes: the look-up bench's distinct names asked once, with the V8 sampling profiler
// started around the loop only (not the load or the reading of the names), then each candidate's fields read
// as the bench reads them. Prints the candidates per name (how many, and how many came from near spellings),
// the top functions by self time, and the CPU time of the loop and of the garbage collector.
// Usage: node --import tsx scripts/gazetteer-lookup-profile.ts DATA_DIR [COUNT=50000] [OUT.cpuprofile]
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { PerformanceObserver } from 'node:perf_hooks';
import { loadDataDirGazetteer } from '../src/geo/data-dir-gazetteer.ts';
import { defaultCitiesPath } from '../src/geo/embedded-gazetteer.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [dataDir, countText, out] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: gazetteer-lookup-profile.ts DATA_DIR [COUNT] [OUT.cpuprofile]');
const count = Number(countText ?? 50_000);
const gazetteer = loadDataDirGazetteer(dataDir);
const lines = readFileSync(defaultCitiesPath(), 'utf8').split('\n');
const names: string[] = [];
for (let i = 0; names.length < count && i < lines.length; i += Math.max(1, Math.floor(lines.length / count))) {
  const name = lines[i]!.split('\t')[1];
  if (name) names.push(name);
}
gazetteer.match('Idlib');

const session = new Session();
session.connect();
const post = <T>(method: string, params?: object): Promise<T> =>
  new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))));
let gcMs = 0;
const gc = new PerformanceObserver((list) => list.getEntries().forEach((e) => (gcMs += e.duration)));
gc.observe({ entryTypes: ['gc'] });

await post('Profiler.enable');
await post('Profiler.setSamplingInterval', { interval: 100 });
await post('Profiler.start');
const cpu = process.cpuUsage();
const histogram = new Map<number, number>();
let near = 0;
let read = 0;
for (const name of names) {
  const matches = gazetteer.match(name);
  histogram.set(matches.length, (histogram.get(matches.length) ?? 0) + 1);
  for (const m of matches) {
    const p = m.place;
    if (m.distance > 0) near += 1;
    read += p.latitude + p.longitude + p.population + p.countryCode.length + (p.admin1Code?.length ?? 0) + (p.admin2Code?.length ?? 0) + m.distance;
  }
}
const used = process.cpuUsage(cpu);
const { profile } = await post<{ profile: Profile }>('Profiler.stop');
await new Promise((resolve) => setTimeout(resolve, 10));
gc.disconnect();
if (Number.isNaN(read)) console.log('a candidate without coordinates');
if (out) writeFileSync(out, JSON.stringify(profile));

const total = [...histogram].reduce((sum, [n, k]) => sum + n * k, 0);
const seconds = (used.user + used.system) / 1e6;
console.log(`${names.length} names in ${seconds.toFixed(2)} s CPU (${Math.round(names.length / seconds)}/s), GC ${gcMs.toFixed(0)} ms`);
console.log(`candidates: ${(total / names.length).toFixed(2)} per name, ${near} by a near spelling`);
console.log(`per name: ${[...histogram].sort((a, b) => a[0] - b[0]).map(([n, k]) => `${n}:${k}`).join(' ')}`);

// Self time per function, from the samples and the gaps between them.
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<string, number>();
let sampled = 0;
profile.samples.forEach((id, i) => {
  const node = byId.get(id)!;
  const frame = node.callFrame;
  const label = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\/(src|node_modules)\//, '$1/')}:${frame.lineNumber + 1}`;
  const micros = profile.timeDeltas[i] ?? 0;
  self.set(label, (self.get(label) ?? 0) + micros);
  sampled += micros;
});
for (const [label, micros] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  console.log(`${((100 * micros) / sampled).toFixed(1).padStart(5)}%  ${(micros / 1000).toFixed(0).padStart(5)} ms  ${label}`);
}
