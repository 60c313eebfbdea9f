// Development aid: prints ACLED rows where sitrep's first incident disagrees with the coders on one field.
// Usage: node --import tsx scripts/acled-errors.ts FIELD [GOLD_VALUE] [LIMIT] [FILE...]
import { readFileSync } from 'node:fs';
import { currentAcledRecords } from '../src/ingest/acled-legacy.ts';
import { parseCsvRecords } from '../src/ingest/csv.ts';
import { makeDocument } from '../src/core/document.ts';
import { readDocument } from '../src/read-document.ts';
import { openReader } from '../src/cli/open-reader.ts';

const [field = 'event_type', goldValue = '', limitText = '15', ...files] = process.argv.slice(2);
const paths = files.length ? files : ['../shared/evaldata/acledR/acled_2022H1_middle_east_splitB_20pct.csv', '../shared/evaldata/acledR/acled_2022H1_rest_of_world.csv'];
const reader = await openReader({});
let shown = 0;
const rows = paths.flatMap((p) => currentAcledRecords(parseCsvRecords(readFileSync(p, 'utf8'))));
const shuffled = rows.map((r, i) => [((i * 2654435761) % 4294967296), r] as const).sort((a, b) => a[0] - b[0]).map((x) => x[1]);
for (const row of shuffled) {
  if (goldValue && row[field] !== goldValue) continue;
  const reading = readDocument(reader, makeDocument({ id: row.event_id_cnty!, text: row.notes! }));
  const e = reading.events.find((x) => x.kind === 'incident');
  const got = e ? String((e as Record<string, unknown>)[field] ?? '') : '(none)';
  if (got === row[field]) continue;
  console.log(`${row.event_id_cnty} gold=${row[field]} got=${got} | ${row.event_type}/${row.sub_event_type} i${row.inter1}/${row.inter2} f${row.fatalities} -> ${e ? `${e.event_type}/${e.sub_event_type} i${e.inter1}/${e.inter2} f${e.fatalities}` : ''}\n   ${row.notes}`);
  if (++shown >= Number(limitText)) break;
}
