// Time to import a GeoNames file and build the data directory's compact index, on the cities500 file
// itself (199k places in the GeoNames dump layout), into a temporary data directory; then the time to
// build the embedded index a data directory makes of the same file on its first run (<data-dir>/cache).
// Usage: node --import tsx bench/gazetteer-import-build.ts [FILE]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CITIES500_SOURCE, defaultCitiesPath } from '../src/geo/embedded-gazetteer.ts';
import { buildCitiesCache } from '../src/geo/gazetteer-cache.ts';
import { storeImport } from '../src/geo/gazetteer-imports.ts';
import { parseGeonamesDump } from '../src/geo/geonames-dump.ts';
import { loadImportedGazetteer } from '../src/geo/imported-gazetteer.ts';

const file = process.argv[2] ?? defaultCitiesPath();
const dataDir = mkdtempSync(join(tmpdir(), 'sitrep-import-bench-'));
// CPU time of this process besides wall time: the machine is shared, and CPU time is what the work costs.
const cpu = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
let cpuStart = cpu();
const seconds = (since: number): string => {
  const text = `${((performance.now() - since) / 1000).toFixed(2)} s wall, ${(cpu() - cpuStart).toFixed(2)} s CPU`;
  cpuStart = cpu();
  return text;
};
const first = { wall: performance.now(), cpu: cpu() };
try {
  let started = performance.now();
  cpuStart = cpu();
  const parsed = parseGeonamesDump(readFileSync(file, 'utf8'));
  console.log(`parse     ${seconds(started)}  (${parsed.places.length} places, ${parsed.problems.length} bad lines)`);
  started = performance.now();
  const pointer = storeImport(dataDir, { format: 'geonames', file, places: parsed.places, admins: parsed.admins });
  console.log(`index     ${seconds(started)}  (${pointer.places} places stored and indexed)`);
  started = performance.now();
  const loaded = loadImportedGazetteer(dataDir);
  console.log(`load      ${seconds(started)}  (${loaded?.gazetteer?.lookup('Aleppo')[0]?.name ?? 'nothing'} found)`);
  console.log(`total     ${((performance.now() - first.wall) / 1000).toFixed(2)} s wall, ${(cpu() - first.cpu).toFixed(2)} s CPU  (parse, index and load)`);
  started = performance.now();
  const cached = buildCitiesCache(file, join(dataDir, 'cache'), CITIES500_SOURCE);
  console.log(`cache     ${seconds(started)}  (${cached.places} places read, indexed and written: the embedded index of a first run)`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
