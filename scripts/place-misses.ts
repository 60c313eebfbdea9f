// Development aid: for each ACLED row of one country whose first incident is placed wrong (coordinates more than
// 10 km off on a precision-1 row, or another admin2), prints the notes, the coders' place and sitrep's, and the
// resolver's trace, so the misses can be grouped by cause; each miss gets a first guess at its cause (miss-cause.ts)
// and the guesses are counted at the end.
// Usage: node --import tsx scripts/place-misses.ts --data-dir DIR [--country Syria] [--all] FILE...
import { parseArgs } from 'node:util';
import { openReader } from '../src/cli/open-reader.ts';
import { distanceKm, pointOf } from '../src/eval/distance.ts';
import { loadAcledCases } from '../src/eval/load-acled.ts';
import { sameName } from '../src/eval/name-key.ts';
import { readDocument } from '../src/read-document.ts';
import { missCause } from './miss-cause.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'data-dir': { type: 'string' }, country: { type: 'string', default: 'Syria' }, all: { type: 'boolean', default: false } },
});
const reader = await openReader({ dataDir: values['data-dir'] });
const cases = (await loadAcledCases(positionals)).filter(({ row }) => row.country.toLowerCase() === values.country!.toLowerCase());
let coordMisses = 0;
let admin2Misses = 0;
const causes = new Map<string, number>();
for (const { row, doc } of cases) {
  const reading = readDocument(reader, doc, { explain: true });
  const e = reading.events.find((x) => x.kind === 'incident') ?? null;
  const gold = pointOf(row);
  const got = e ? pointOf(e) : null;
  const km = gold && got ? distanceKm(gold, got) : null;
  const coordMiss = row.geo_precision === 1 && gold !== null && (km === null || km > 10);
  const admin2Miss = row.admin2 !== null && !sameName(row.admin2, e?.admin2 ?? undefined);
  if (coordMiss) coordMisses += 1;
  if (admin2Miss) admin2Misses += 1;
  if (!coordMiss && !admin2Miss && !values.all) continue;
  const flags = [coordMiss ? 'COORD' : '', admin2Miss ? 'ADMIN2' : ''].filter(Boolean).join('+') || 'ok';
  console.log(`=== ${row.event_id_cnty} [${flags}] ${km === null ? '' : `${km.toFixed(1)} km`}`);
  console.log(`notes: ${row.notes}`);
  console.log(`acled: ${row.location} | ${row.admin1} / ${row.admin2} | ${row.latitude},${row.longitude} p${row.geo_precision}`);
  console.log(`sitrep: ${e ? `${e.location} | ${e.admin1} / ${e.admin2} | ${e.latitude},${e.longitude} p${e.geo_precision}` : '(no incident)'}`);
  if (coordMiss || admin2Miss) {
    const countryCode = reader.gazetteer.countryByName(row.country)?.code ?? null;
    const cause = missCause(reader.gazetteer, { goldName: row.location, goldPoint: gold, goldPrecision: row.geo_precision, countryCode, gotPoint: got, coordMiss });
    console.log(`cause?: ${cause}`);
    const kind = cause.slice(0, cause.indexOf(':') >>> 0);
    causes.set(kind, (causes.get(kind) ?? 0) + 1);
  }
  for (const line of reading.trace.filter((l) => l.includes('resolve-places') || l.includes('place-names'))) console.log(`  ${line}`);
}
console.log(`\n${cases.length} rows; ${coordMisses} coordinate misses, ${admin2Misses} admin2 misses`);
console.log(`first guesses at the causes: ${[...causes].map(([kind, n]) => `${kind} ${n}`).join(', ')}`);
