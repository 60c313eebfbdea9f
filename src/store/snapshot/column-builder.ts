import type { CodedColumn, ColumnRow, EventColumns } from './event-columns.ts';

/** Distinct values of a text column, each coded by its position. */
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

/** Columns that grow as rows come (doubling), then are cut to size. */
export class ColumnBuilder {
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

