import type { SqlExecutor } from '../sql/sql-connection.ts';

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

interface ColumnRow {
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

/** Rows read per query: memory stays bounded by the columns, not by a whole table of row objects. */
const PAGE = 50_000;

class Dictionary {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  code(value: string | null): number {
    if (value === null) return -1;
    let code = this.index.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.index.set(value, code);
    }
    return code;
  }
}

/** Reads every event's filterable fields, in row order, a page at a time; null past `maxEvents`. */
export async function readEventColumns(exec: SqlExecutor, maxEvents = Infinity): Promise<EventColumns | null> {
  const builder = new ColumnBuilder();
  let after = -1;
  for (;;) {
    const page = await exec.all<ColumnRow>(
      `SELECT row_id, id, kind, sort_date, event_type, country, iso3, admin1, actor1_key, actor2_key, latitude, longitude, killed_best, geo_precision
       FROM events WHERE row_id > ? ORDER BY row_id LIMIT ${PAGE}`,
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

/** Columns that grow as rows come (doubling), then are cut to size. */
class ColumnBuilder {
  private size = 0;
  get length(): number {
    return this.size;
  }
  private capacity = 1024;
  private readonly dictionaries = { kind: new Dictionary(), sortDate: new Dictionary(), eventType: new Dictionary(), country: new Dictionary(), iso3: new Dictionary(), admin1: new Dictionary(), actor: new Dictionary() };
  private readonly id: string[] = [];
  private ints = Array.from({ length: 9 }, () => new Int32Array(this.capacity));
  private floats = Array.from({ length: 3 }, () => new Float64Array(this.capacity));
  private precision = new Uint8Array(this.capacity);

  add(r: ColumnRow): void {
    if (this.size === this.capacity) this.grow();
    const i = this.size++;
    const d = this.dictionaries;
    const [kind, sortDate, eventType, country, iso3, admin1, actor1, actor2, killed] = this.ints as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
    const [rowId, latitude, longitude] = this.floats as [Float64Array, Float64Array, Float64Array];
    this.id.push(r.id);
    rowId[i] = Number(r.row_id);
    kind[i] = d.kind.code(r.kind);
    sortDate[i] = d.sortDate.code(r.sort_date);
    eventType[i] = d.eventType.code(r.event_type);
    country[i] = d.country.code(r.country);
    iso3[i] = d.iso3.code(r.iso3);
    admin1[i] = d.admin1.code(r.admin1);
    actor1[i] = d.actor.code(r.actor1_key);
    actor2[i] = d.actor.code(r.actor2_key);
    killed[i] = r.killed_best === null ? -1 : Number(r.killed_best);
    latitude[i] = r.latitude === null ? Number.NaN : Number(r.latitude);
    longitude[i] = r.longitude === null ? Number.NaN : Number(r.longitude);
    this.precision[i] = r.geo_precision === null ? 0 : Number(r.geo_precision);
  }

  finish(): EventColumns {
    const n = this.size;
    const d = this.dictionaries;
    const [kind, sortDate, eventType, country, iso3, admin1, actor1, actor2, killed] = this.ints.map((a) => a.slice(0, n)) as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
    const [rowId, latitude, longitude] = this.floats.map((a) => a.slice(0, n)) as [Float64Array, Float64Array, Float64Array];
    const column = (codes: Int32Array, dictionary: Dictionary): CodedColumn => ({ codes, values: dictionary.values });
    return {
      size: n, rowId, id: this.id,
      kind: column(kind, d.kind),
      sortDate: column(sortDate, d.sortDate),
      eventType: column(eventType, d.eventType),
      country: column(country, d.country),
      iso3: column(iso3, d.iso3),
      admin1: column(admin1, d.admin1),
      actor1: column(actor1, d.actor),
      actor2: column(actor2, d.actor),
      latitude, longitude, killed,
      geoPrecision: this.precision.slice(0, n),
    };
  }

  private grow(): void {
    this.capacity *= 2;
    const widen = <T extends Int32Array | Float64Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(this.capacity);
      b.set(a);
      return b;
    };
    this.ints = this.ints.map((a) => widen(a, (n) => new Int32Array(n)));
    this.floats = this.floats.map((a) => widen(a, (n) => new Float64Array(n)));
    this.precision = widen(this.precision, (n) => new Uint8Array(n));
  }
}

/** True for a town-level place with its own coordinates: what a map may draw as a point. */
export function isExact(columns: EventColumns, i: number): boolean {
  return columns.geoPrecision[i] === 1 && !Number.isNaN(columns.latitude[i]!) && !Number.isNaN(columns.longitude[i]!);
}
