// Development aid: sorts the ACLED rows whose first incident is placed more than 10 km from the coders' point
// (precision-1 rows) by kind — no incident, the right name without a point, the right name far away, another
// place chosen — and prints counts and a sample of each, so the largest kind can be worked on first.
// Usage: node --import tsx scripts/coordinate-misses.ts [--data-dir DIR] [--sample N] FILE...
import { parseArgs } from 'node:util';
import { openReader } from '../src/cli/open-reader.ts';
import { distanceKm, pointOf } from '../src/eval/distance.ts';
import { loadAcledCases } from '../src/eval/load-acled.ts';
import { sameName } from '../src/eval/name-key.ts';
import { readDocument } from '../src/read-document.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'data-dir': { type: 'string' }, sample: { type: 'string', default: '12' } } });
const reader = await openReader({ dataDir: values['data-dir'] });
const kinds = new Map<string, string[]>();
let rows = 0;
for (const { row, doc } of await loadAcledCases(positionals)) {
  const gold = pointOf(row);
  if (row.geo_precision !== 1 || !gold) continue;
  rows += 1;
  const e = readDocument(reader, doc, {}).events.find((x) => x.kind === 'incident') ?? null;
  const got = e ? pointOf(e) : null;
  const km = got ? distanceKm(gold, got) : null;
  if (km !== null && km <= 10) continue;
  const named = sameName(row.location, e?.location ?? undefined);
  const kind = !e ? 'no incident' : !got ? (named ? 'right name, no point' : `other place, no point (precision ${e.geo_precision})`) : named ? 'right name, far' : 'other place, far';
  const line = `${row.country} | ${row.location} | got ${e?.location ?? '-'}${km === null ? '' : ` ${km.toFixed(0)} km`} | ${row.notes.slice(0, 150)}`;
  kinds.set(kind, [...(kinds.get(kind) ?? []), line]);
}
const sorted = [...kinds].sort((a, b) => b[1].length - a[1].length);
console.log(`${rows} precision-1 rows; ${sorted.reduce((n, [, l]) => n + l.length, 0)} placed more than 10 km off or not at all`);
for (const [kind, lines] of sorted) console.log(`  ${String(lines.length).padStart(5)}  ${kind}`);
for (const [kind, lines] of sorted) {
  console.log(`\n## ${kind}`);
  // Every k-th line: a spread over the file rather than its first rows.
  const step = Math.max(1, Math.floor(lines.length / Number(values.sample)));
  for (let i = 0; i < lines.length && i / step < Number(values.sample); i += step) console.log(lines[i]);
}
