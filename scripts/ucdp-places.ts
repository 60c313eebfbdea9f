// Development aid, a held-out check for village-level places: UCDP GED rows of one country carry the place as the
// sources spelt it (`where_description`), the province, and UCDP's own point with its precision. Each row is read
// as a one-sentence report ("Shelling hit <where_description> in <adm_1>."), and the first incident's place is
// scored as the ACLED eval scores it: coordinates within 10 km on where_prec 1 rows, and the district, taken as
// the imported polygon that holds UCDP's point (UCDP and OCHA spell districts differently).
// Usage: node --import tsx scripts/ucdp-places.ts --data-dir DIR [--country Syria] [--half even|odd] [--misses] FILE
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { makeDocument } from '../src/core/document.ts';
import { dataDirOf, openReader } from '../src/cli/open-reader.ts';
import { distanceKm, pointOf } from '../src/eval/distance.ts';
import { sameName } from '../src/eval/name-key.ts';
import { loadImportedGazetteer } from '../src/geo/imported-gazetteer.ts';
import { parseCsvRecords } from '../src/ingest/csv.ts';
import { readDocument } from '../src/read-document.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'data-dir': { type: 'string' }, country: { type: 'string', default: 'Syria' }, misses: { type: 'boolean', default: false }, half: { type: 'string', default: 'all' } },
});
const reader = await openReader({ dataDir: values['data-dir'] });
const boundaries = loadImportedGazetteer(dataDirOf({ dataDir: values['data-dir'] }))?.boundaries() ?? null;
if (!boundaries) throw new Error('ucdp-places: import district polygons into the data directory first');
let exactRows = 0;
let exactRight = 0;
let districtRows = 0;
let districtRight = 0;
for (const file of positionals) {
  const records = parseCsvRecords(await readFile(file, 'utf8'), { file });
  records.forEach((r, i) => {
    const precision = Number(r.where_prec);
    const where = (r.where_description ?? '').trim();
    if (r.country !== values.country || precision > 2 || where.length === 0) return;
    // Halves by row id: causes are looked for in one half, the other is kept to check the fixes on.
    if (values.half !== 'all' && (Number(r.id) % 2 === 0 ? 'even' : 'odd') !== values.half) return;
    const gold = { latitude: Number(r.latitude), longitude: Number(r.longitude) };
    const unit = boundaries.unitsAt(gold.latitude, gold.longitude).admin2;
    const text = `On ${r.date_start}, shelling hit ${where} in ${r.adm_1}.`;
    const reading = readDocument(reader, makeDocument({ id: `${r.id ?? i}`, text, published: null, source: null }), { explain: values.misses });
    const e = reading.events.find((x) => x.kind === 'incident') ?? null;
    const got = e ? pointOf(e) : null;
    const km = got ? distanceKm(gold, got) : null;
    const coordMiss = precision === 1 && (km === null || km > 10);
    const districtMiss = unit !== null && !sameName(unit.name, e?.admin2 ?? undefined);
    if (precision === 1) exactRows += 1;
    if (precision === 1 && !coordMiss) exactRight += 1;
    if (unit) districtRows += 1;
    if (unit && !districtMiss) districtRight += 1;
    if (!values.misses || (!coordMiss && !districtMiss)) return;
    console.log(`${coordMiss ? 'COORD ' : ''}${districtMiss ? 'ADMIN2 ' : ''}${km === null ? '-' : `${km.toFixed(1)} km`} | ${text}`);
    console.log(`   ucdp: ${r.where_coordinates} | ${unit?.name ?? '?'} p${precision}   sitrep: ${e ? `${e.location} | ${e.admin2} p${e.geo_precision}` : '(no incident)'}`);
    for (const line of reading.trace.filter((l) => l.includes('resolve-places') || l.includes('place-names'))) console.log(`     ${line}`);
  });
}
const share = (right: number, n: number): string => (n === 0 ? '-' : (right / n).toFixed(3));
console.log(`coordinates (where_prec 1) ${share(exactRight, exactRows)} (${exactRight}/${exactRows}); district ${share(districtRight, districtRows)} (${districtRight}/${districtRows})`);
