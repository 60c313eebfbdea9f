// Lookups per second on a warm gazetteer (the embedded one, with the imports of SITREP_HOME when it has
// any): names from the cities file itself, asked cold (first time each) and again (the memo), plus
// misspellings that go through the skeleton fallback. A look-up is what the geoparser does with a name:
// the ranked candidates, and of each its point, country and admin units.
// Usage: node --import tsx bench/gazetteer-lookups.ts [COUNT=50000]
import { readFileSync } from 'node:fs';
import { loadDataDirGazetteer } from '../src/geo/data-dir-gazetteer.ts';
import { defaultCitiesPath } from '../src/geo/embedded-gazetteer.ts';

const count = Number(process.argv[2] ?? 50_000);
const loadStarted = performance.now();
const loadCpu = process.cpuUsage();
const gazetteer = loadDataDirGazetteer(process.env.SITREP_HOME ?? './.sitrep');
const { user, system } = process.cpuUsage(loadCpu);
console.log(`load ${((performance.now() - loadStarted) / 1000).toFixed(2)} s wall, ${((user + system) / 1e6).toFixed(2)} s CPU`);
const lines = readFileSync(defaultCitiesPath(), 'utf8').split('\n');
const names: string[] = [];
for (let i = 0; names.length < count && i < lines.length; i += Math.max(1, Math.floor(lines.length / count))) {
  const name = lines[i]!.split('\t')[1];
  if (name) names.push(name);
}
// A dropped letter in the middle: the kind of slip transliteration makes.
const misspelt = names.map((n) => (n.length > 5 ? n.slice(0, 3) + n.slice(4) : n));

// CPU time of this process, not wall time: the machine is shared, and a lookup's cost is what it uses of a core.
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

function rate(label: string, list: readonly string[], units = false): void {
  const started = cpuSeconds();
  const wallStarted = performance.now();
  let found = 0;
  let read = 0;
  for (const name of list) {
    const matches = gazetteer.match(name);
    if (matches.length > 0) found += 1;
    for (const m of matches) {
      const p = m.place;
      // Every field the resolver weighs, so that a lazily decoded place is paid for here.
      read += p.latitude + p.longitude + p.population + p.countryCode.length + (p.admin1Code?.length ?? 0) + (p.admin2Code?.length ?? 0) + m.distance;
      // The units' names too, as an event's admin1 and admin2 are written.
      if (units && p.admin1Code) read += (gazetteer.admin1(p.countryCode, p.admin1Code)?.name.length ?? 0) + (p.admin2Code ? (gazetteer.admin2(p.countryCode, p.admin1Code, p.admin2Code)?.name.length ?? 0) : 0);
    }
  }
  if (Number.isNaN(read)) console.log('a candidate without coordinates');
  const seconds = cpuSeconds() - started;
  const wall = (performance.now() - wallStarted) / 1000;
  console.log(`${label.padEnd(22)} ${String(Math.round(list.length / seconds)).padStart(9)} lookups/s  (${list.length} names, ${found} found; ${seconds.toFixed(3)} s CPU, ${wall.toFixed(3)} s wall)`);
}
gazetteer.match('Idlib');
rate('distinct names', names);
rate('same names again', names);
rate('misspelt names', misspelt);
// Another slip (the last letter dropped), so none is remembered, with the names of each candidate's units read.
rate('with unit names', names.map((n) => (n.length > 5 ? n.slice(0, -1) : `${n}a`)), true);
