import type { EventFilter } from '../event-filter.ts';
import type { CodedColumn, EventColumns } from './event-columns.ts';

/**
 * The DESIGN.md filters over the event columns, with the meaning `sql/event-where.ts` gives them in SQL
 * (the snapshot's table test holds the two to the same answers). A filter on a coded column is decided
 * once per distinct value; each row then costs an array read per filter.
 */

/** The filters the columns answer alone; the others (full text, reporters, grades) need the database's sets. */
export const COLUMN_FILTERS = ['from', 'to', 'country', 'admin1', 'event_type', 'kind', 'min_killed', 'bbox', 'actor'] as const;
type ColumnFilterKey = (typeof COLUMN_FILTERS)[number];

/** The keys of `filter` the columns cannot answer (empty when they answer it all). */
export function filtersNeedingRows(filter: EventFilter): (keyof EventFilter)[] {
  return (Object.keys(filter) as (keyof EventFilter)[]).filter((k) => filter[k] !== undefined && !(COLUMN_FILTERS as readonly string[]).includes(k));
}

type RowTest = (i: number) => boolean;

/** A test per row passing a value test: each distinct value decided once. */
function codedTest(column: CodedColumn, accepts: (value: string) => boolean): RowTest {
  const allowed = new Uint8Array(column.values.length);
  column.values.forEach((v, code) => (allowed[code] = accepts(v) ? 1 : 0));
  const codes = column.codes;
  return (i) => {
    const code = codes[i]!;
    return code >= 0 && allowed[code] === 1;
  };
}

function rowTests(columns: EventColumns, filter: Pick<EventFilter, ColumnFilterKey>): RowTest[] {
  const tests: RowTest[] = [];
  const { from, to } = filter;
  if (from !== undefined || to !== undefined) {
    // Text order, as the engines compare `sort_date`; a bound on either side leaves undated events out.
    tests.push(codedTest(columns.sortDate, (d) => d !== '' && (from === undefined || d >= from) && (to === undefined || d <= to)));
  }
  if (filter.country !== undefined) {
    const country = filter.country;
    tests.push(/^[A-Za-z]{3}$/.test(country) ? codedTest(columns.iso3, (v) => v === country.toUpperCase()) : codedTest(columns.country, (v) => v === country));
  }
  const equal = (column: CodedColumn, wanted: string | undefined) => wanted !== undefined && tests.push(codedTest(column, (v) => v === wanted));
  equal(columns.admin1, filter.admin1);
  equal(columns.eventType, filter.event_type);
  equal(columns.kind, filter.kind);
  if (filter.min_killed !== undefined) {
    const [killed, least] = [columns.killed, filter.min_killed];
    tests.push((i) => killed[i]! >= 0 && killed[i]! >= least);
  }
  if (filter.bbox !== undefined) {
    const { minLon, minLat, maxLon, maxLat } = filter.bbox;
    const [lat, lon] = [columns.latitude, columns.longitude];
    // NaN (no place) fails every comparison, as NULL does in SQL.
    const inLon = minLon <= maxLon ? (x: number) => x >= minLon && x <= maxLon : (x: number) => x >= minLon || x <= maxLon;
    tests.push((i) => lat[i]! >= minLat && lat[i]! <= maxLat && inLon(lon[i]!));
  }
  if (filter.actor !== undefined) {
    // Part of either actor's lower-cased name, as the LIKE over `actors` matches it.
    const part = filter.actor.toLowerCase();
    const first = codedTest(columns.actor1, (name) => name.includes(part));
    const second = codedTest(columns.actor2, (name) => name.includes(part));
    tests.push((i) => first(i) || second(i));
  }
  return tests;
}

/**
 * The rows (indices into the columns, in row order) that pass the column filters of `filter` and, when
 * given, `also` (the rows a database set let through).
 */
export function matchingRows(columns: EventColumns, filter: EventFilter, also?: RowTest): Int32Array {
  const tests = rowTests(columns, filter);
  if (also) tests.push(also);
  const out = new Int32Array(columns.size);
  let n = 0;
  outer: for (let i = 0; i < columns.size; i++) {
    for (const test of tests) if (!test(i)) continue outer;
    out[n++] = i;
  }
  return out.subarray(0, n);
}
