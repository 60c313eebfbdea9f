import { EventTypeSchema, type EventType } from '../../core/taxonomy.ts';
import { ADMIN1_AREAS_FROM_ZOOM, cellDegrees, MAX_CELLS, type EventClusters, type MapArea, type MapCell, type MapView } from '../event-clusters.ts';
import { isExact, type EventColumns } from './event-columns.ts';

/**
 * The map's cells and areas (see `event-clusters.ts`) for the matching rows of the columns, in one pass:
 * what `sql/event-clusters.ts` asks the database for, with the same grouping, order and anchors.
 */

/** Where an admin1 (key `iso3|admin1` codes) or a country (key `iso3|-1`) lies: the mean of the coordinates stored in it. */
export type AreaAnchors = ReadonlyMap<string, readonly [number, number]>;

class Group {
  n = 0;
  killed = 0;
  lonSum = 0;
  lonN = 0;
  latSum = 0;
  latN = 0;
  /** The smallest id (row index of it), and the smallest and largest type codes by name. */
  first = -1;
  minType: string | null = null;
  maxType: string | null = null;

  add(columns: EventColumns, i: number): void {
    this.n++;
    const killed = columns.killed[i]!;
    if (killed > 0) this.killed += killed;
    const [lon, lat] = [columns.longitude[i]!, columns.latitude[i]!];
    if (!Number.isNaN(lon)) (this.lonSum += lon), this.lonN++;
    if (!Number.isNaN(lat)) (this.latSum += lat), this.latN++;
    if (this.first < 0 || columns.id[i]! < columns.id[this.first]!) this.first = i;
    const code = columns.eventType.codes[i]!;
    if (code >= 0) {
      // As min() and max() in SQL: NULLs are left out.
      const type = columns.eventType.values[code]!;
      if (this.minType === null || type < this.minType) this.minType = type;
      if (this.maxType === null || type > this.maxType) this.maxType = type;
    }
  }

  cell(columns: EventColumns, lon: number, lat: number): MapCell {
    const shared = this.minType !== null && this.minType === this.maxType ? typeOf(this.minType) : null;
    return { lon, lat, count: this.n, killed: this.killed, id: this.n === 1 ? columns.id[this.first]! : null, event_type: shared };
  }

  own(): [number, number] | null {
    return this.lonN > 0 && this.latN > 0 ? [this.lonSum / this.lonN, this.latSum / this.latN] : null;
  }
}

function typeOf(name: string): EventType | null {
  const parsed = EventTypeSchema.safeParse(name);
  return parsed.success ? parsed.data : null;
}

/** The anchors of every admin1 and country, from all the stored coordinates (filters aside, as in SQL). */
export function areaAnchors(columns: EventColumns): AreaAnchors {
  const groups = new Map<string, Group>();
  const add = (key: string, i: number) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = new Group()));
    g.add(columns, i);
  };
  for (let i = 0; i < columns.size; i++) {
    const iso3 = columns.iso3.codes[i]!;
    if (iso3 < 0 || Number.isNaN(columns.latitude[i]!) || Number.isNaN(columns.longitude[i]!)) continue;
    add(`${iso3}|-1`, i);
    const admin1 = columns.admin1.codes[i]!;
    if (admin1 >= 0) add(`${iso3}|${admin1}`, i);
  }
  return new Map([...groups].map(([key, g]) => [key, g.own()!]));
}

export function columnClusters(columns: EventColumns, rows: Int32Array, anchors: AreaAnchors, view: MapView): EventClusters {
  const box = view.view ?? { west: -180, south: -90, east: 180, north: 90 };
  const size = cellDegrees(view.zoom);
  const byAdmin1 = view.zoom >= ADMIN1_AREAS_FROM_ZOOM;
  const cells = new Map<string, Group>();
  const areas = new Map<string, Group & { iso3: number; admin1: number }>();
  for (const i of rows) {
    if (isExact(columns, i)) {
      const [lon, lat] = [columns.longitude[i]!, columns.latitude[i]!];
      if (lon < box.west || lon > box.east || lat < box.south || lat > box.north) continue;
      const key = `${Math.floor(lon / size)}|${Math.floor(lat / size)}`;
      let g = cells.get(key);
      if (!g) cells.set(key, (g = new Group()));
      g.add(columns, i);
    } else {
      const iso3 = columns.iso3.codes[i]!;
      const admin1 = byAdmin1 ? columns.admin1.codes[i]! : -1;
      const key = `${iso3}|${admin1}`;
      let g = areas.get(key);
      if (!g) areas.set(key, (g = Object.assign(new Group(), { iso3, admin1 })));
      g.add(columns, i);
    }
  }
  const ordered = [...cells.values()].sort((a, b) => b.n - a.n || compareIds(columns.id[a.first]!, columns.id[b.first]!));
  const shown = ordered.slice(0, MAX_CELLS).map((g) => g.cell(columns, g.lonSum / g.lonN, g.latSum / g.latN));
  const placed: MapArea[] = [];
  let unplaced = 0;
  for (const [key, g] of [...areas].sort(([a], [b]) => compareIds(a, b))) {
    const place = g.own() ?? (g.iso3 < 0 ? undefined : (anchors.get(key) ?? anchors.get(`${g.iso3}|-1`)));
    if (!place) {
      unplaced += g.n;
      continue;
    }
    if (place[0] < box.west || place[0] > box.east || place[1] < box.south || place[1] > box.north) continue;
    const name = (column: EventColumns['iso3'], code: number) => (code < 0 ? null : column.values[code]!);
    placed.push({ ...g.cell(columns, place[0], place[1]), iso3: name(columns.iso3, g.iso3), admin1: name(columns.admin1, g.admin1) });
  }
  return { unit: 'event', count: rows.length, unplaced, zoom: view.zoom, cells: shown, areas: placed, truncated: ordered.length > MAX_CELLS };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
