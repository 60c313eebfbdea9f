// Development aid: groups the ACLED rows where the first incident's place disagrees with the coders,
// by kind of mistake, so general causes show before single rows do.
// Usage: node --import tsx scripts/place-error-summary.ts [FIELD=admin1] [TOP=25] [FILE...]
import { readFileSync } from 'node:fs';
import { currentAcledRecords } from '../src/ingest/acled-legacy.ts';
import { parseCsvRecords } from '../src/ingest/csv.ts';
import { makeDocument } from '../src/core/document.ts';
import { readDocument } from '../src/read-document.ts';
import { openReader } from '../src/cli/open-reader.ts';
import { sameName } from '../src/eval/name-key.ts';

const [field = 'admin1', topText = '25', ...files] = process.argv.slice(2);
const paths = files.length ? files : ['../shared/evaldata/acledR/acled_2022H1_middle_east_splitB_20pct.csv', '../shared/evaldata/acledR/acled_2022H1_rest_of_world.csv'];
const reader = await openReader({});
const kinds = new Map<string, number>();
const pairs = new Map<string, number>();
const byCountry = new Map<string, number>();
const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
let total = 0;
for (const row of paths.flatMap((p) => currentAcledRecords(parseCsvRecords(readFileSync(p, 'utf8'))))) {
  const gold = row[field] ?? '';
  if (!gold) continue;
  total += 1;
  const reading = readDocument(reader, makeDocument({ id: row.event_id_cnty!, text: row.notes! }));
  const e = reading.events.find((x) => x.kind === 'incident') as Record<string, unknown> | undefined;
  const got = e ? String(e[field] ?? '') : null;
  if (got !== null && sameName(gold, got)) continue;
  const countryRight = e ? sameName(row.country!, String(e.country ?? '')) : false;
  const inText = (row.notes ?? '').toLowerCase().includes(gold.toLowerCase());
  const kind = got === null ? 'no incident' : got === '' ? (e!.country ? 'empty, country set' : 'empty, no country') : countryRight ? 'wrong, country right' : 'wrong, country wrong';
  bump(kinds, `${kind}${inText ? ' (gold in text)' : ''}`);
  bump(byCountry, row.country!);
  bump(pairs, `${row.country} | ${gold} <- ${got ?? '(none)'}`);
}
console.log(`${total} rows with gold ${field}`);
for (const [k, n] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(6)}  ${k}`);
console.log('');
console.log([...byCountry].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, n]) => `${k} ${n}`).join(', '));
console.log('');
for (const [k, n] of [...pairs].sort((a, b) => b[1] - a[1]).slice(0, Number(topText))) console.log(`${String(n).padStart(6)}  ${k}`);
