import type { SqlExecutor } from '../sql/sql-connection.ts';
import { ColumnBuilder } from './column-builder.ts';

/**
 * The filterable fields of every stored event, held column by column in typed arrays: what the map, the
 * timeline and the counts read for any filter in one pass over the rows, without asking the database.
 * Text fields are coded against a dictionary of their distinct values (dates, types, places, actors), so
 * that a filter on one is decided once per distinct value, not once per row.
 */

export interface CodedColumn {
  /** Per row, the index of its value in `values`; -1 for NULL. */
  readonly codes: Int32Array;
  readonly values: readonly string[];
}

export interface EventColumns {
  readonly size: number;
  readonly rowId: Float64Array;
  readonly id: readonly string[];
  readonly kind: CodedColumn;
  /** The event date, else its first day; '' when undated (`sort_date`). */
  readonly sortDate: CodedColumn;
  readonly eventType: CodedColumn;
  readonly country: CodedColumn;
  readonly iso3: CodedColumn;
  readonly admin1: CodedColumn;
  /** Both actor columns share one dictionary of lower-cased names. */
  readonly actor1: CodedColumn;
  readonly actor2: CodedColumn;
  /** NaN where NULL. */
  readonly latitude: Float64Array;
  readonly longitude: Float64Array;
  /** -1 where NULL (figures are never negative). */
  readonly killed: Int32Array;
  /** 0 where NULL. */
  readonly geoPrecision: Uint8Array;
}

export interface ColumnRow {
  readonly row_id: number | string;
  readonly id: string;
  readonly kind: string;
  readonly sort_date: string;
  readonly event_type: string | null;
  readonly country: string | null;
  readonly iso3: string | null;
  readonly admin1: string | null;
  readonly actor1_key: string | null;
  readonly actor2_key: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly killed_best: number | null;
  readonly geo_precision: number | null;
}

/** What a snapshot reads of each event row. */
export const COLUMN_FIELDS = 'row_id, id, kind, sort_date, event_type, country, iso3, admin1, actor1_key, actor2_key, latitude, longitude, killed_best, geo_precision';

/** Rows read per query: memory stays bounded by the columns, not by a whole table of row objects. */
const PAGE = 50_000;

/** Reads every event's filterable fields, in row order, a page at a time; null past `maxEvents`. */
export async function readEventColumns(exec: SqlExecutor, maxEvents = Infinity): Promise<EventColumns | null> {
  const builder = new ColumnBuilder();
  let after = -1;
  for (;;) {
    const page = await exec.all<ColumnRow>(
      `SELECT ${COLUMN_FIELDS} FROM events WHERE row_id > ? ORDER BY row_id LIMIT ${PAGE}`,
      [after],
    );
    for (const row of page) builder.add(row);
    if (builder.length > maxEvents) return null;
    if (page.length < PAGE) break;
    after = Number(page[page.length - 1]!.row_id);
  }
  return builder.finish();
}

/** The columns of the given rows (the table tests build them from plain objects). */
export function eventColumns(rows: readonly ColumnRow[]): EventColumns {
  const builder = new ColumnBuilder();
  for (const row of rows) builder.add(row);
  return builder.finish();
}

/** True for a town-level place with its own coordinates: what a map may draw as a point. */
export function isExact(columns: EventColumns, i: number): boolean {
  return columns.geoPrecision[i] === 1 && !Number.isNaN(columns.latitude[i]!) && !Number.isNaN(columns.longitude[i]!);
}

/** Row `i` of the columns as the database gave it. */
export function rowOf(c: EventColumns, i: number): ColumnRow {
  const text = (column: CodedColumn) => (column.codes[i]! < 0 ? null : column.values[column.codes[i]!]!);
  const number = (v: number) => (Number.isNaN(v) ? null : v);
  return {
    row_id: c.rowId[i]!, id: c.id[i]!, kind: text(c.kind)!, sort_date: text(c.sortDate)!, event_type: text(c.eventType),
    country: text(c.country), iso3: text(c.iso3), admin1: text(c.admin1), actor1_key: text(c.actor1), actor2_key: text(c.actor2),
    latitude: number(c.latitude[i]!), longitude: number(c.longitude[i]!), killed_best: c.killed[i]! < 0 ? null : c.killed[i]!,
    geo_precision: c.geoPrecision[i] === 0 ? null : c.geoPrecision[i]!,
  };
}
