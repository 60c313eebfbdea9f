/**
 * How often the first date mention in an ACLED note equals the coded event_date.
 * Usage: node --import tsx scripts/measure-dates.ts [csv] [--misses N]
 * The notes carry no publication date, so the extractor runs with published = null: only dates the text
 * states in full count, which is also what ACLED's notes are written to contain.
 */
import { readFileSync } from 'node:fs';
import { parseCsv } from '../src/ingest/csv.ts';
import { findDates } from '../src/extract/dates/index.ts';
import { formatDay, parseIsoDay } from '../src/extract/dates/calendar.ts';

const DEFAULT_CSV = '/work/shared/evaldata/acledR/acled_2022H1_rest_of_world.csv';

function main(argv: readonly string[]): void {
  const file = argv.find((arg) => !arg.startsWith('--') && !/^\d+$/.test(arg)) ?? DEFAULT_CSV;
  const missesAt = argv.indexOf('--misses');
  const showMisses = missesAt >= 0 ? Number(argv[missesAt + 1] ?? 20) : 0;
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'), { file });
  if (header === undefined) throw new Error(`${file}: empty`);
  const notesAt = header.indexOf('notes');
  const dateAt = header.indexOf('event_date');
  if (notesAt < 0 || dateAt < 0) throw new Error(`${file}: needs notes and event_date columns`);

  let hits = 0;
  let impliedHits = 0;
  let none = 0;
  let bytes = 0;
  const misses: string[] = [];
  const started = performance.now();
  for (const row of rows) {
    const notes = row[notesAt] ?? '';
    bytes += notes.length;
    const first = findDates(notes, 0, null)[0];
    if (first === undefined) none += 1;
    const hit = first?.start === row[dateAt];
    if (hit) hits += 1;
    // A second, harder reading: the year taken out of the first date and a publication date three days
    // later, so the year has to come from publication as it must in news reports.
    const gold = parseIsoDay(row[dateAt] ?? '');
    const yearless = notes.replace(/\b(\d{1,2} [A-Z][a-z]+),? \d{4}\b/, '$1');
    const published = gold === null ? null : formatDay(gold + 3);
    const impliedFirst = findDates(yearless, 0, published)[0];
    if (impliedFirst?.start === row[dateAt]) impliedHits += 1;
    if ((!hit || impliedFirst?.start !== row[dateAt]) && misses.length < showMisses) {
      misses.push(`${row[dateAt]} got ${first?.start ?? 'none'} / ${impliedFirst?.start ?? 'none'}: ${notes.slice(0, 140)}`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const total = rows.length;
  console.log(`rows ${total}  first mention = event_date ${hits} (${(hits / total).toFixed(4)})  no mention ${none}`);
  console.log(`year removed, published 3 days later: ${impliedHits} (${(impliedHits / total).toFixed(4)})`);
  console.log(`${(bytes / 1e6).toFixed(2)} MB of notes read twice in ${seconds.toFixed(2)} s`);
  for (const miss of misses) console.log(`  miss ${miss}`);
}

main(process.argv.slice(2));
