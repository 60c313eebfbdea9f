import { EventTypeSchema, type EventType } from '../../core/taxonomy.ts';
import { ADMIN1_AREAS_FROM_ZOOM, cellDegrees, MAX_CELLS, type EventClusters, type MapArea, type MapCell, type MapView } from '../event-clusters.ts';
import { isExact, type EventColumns } from './event-columns.ts';

/**
 * The map's cells and areas (see `event-clusters.ts`) for the matching rows of the columns, in one pass:
 * what `sql/event-clusters.ts` asks the database for, with the same grouping, order and anchors.
 */

/** Where an admin1 (key `iso3|admin1` codes) or a country (key `iso3|-1`) lies: the mean of the coordinates stored in it. */
export type AreaAnchors = ReadonlyMap<string, readonly [number, number]>;

const CELL_OFFSET = 2 ** 21;
const CELL_SPAN = 2 ** 22;

class Group {
  n = 0;
  killed = 0;
  lonSum = 0;
  lonN = 0;
  latSum = 0;
  latN = 0;
  /** The row of the smallest id, and the ranks of the first and last type by name (-1: none). */
  first = -1;
  minType = -1;
  maxType = -1;

  add(columns: EventColumns, i: number): void {
    this.n++;
    const killed = columns.killed[i]!;
    if (killed > 0) this.killed += killed;
    const [lon, lat] = [columns.longitude[i]!, columns.latitude[i]!];
    if (!Number.isNaN(lon)) (this.lonSum += lon), this.lonN++;
    if (!Number.isNaN(lat)) (this.latSum += lat), this.latN++;
    const ranks = ranksOf(columns);
    if (this.first < 0 || ranks.id[i]! < ranks.id[this.first]!) this.first = i;
    const code = columns.eventType.codes[i]!;
    if (code >= 0) {
      // As min() and max() in SQL: NULLs are left out.
      const rank = ranks.type[code]!;
      if (this.minType < 0 || rank < this.minType) this.minType = rank;
      if (this.maxType < 0 || rank > this.maxType) this.maxType = rank;
    }
  }

  cell(columns: EventColumns, lon: number, lat: number): MapCell {
    const shared = this.minType >= 0 && this.minType === this.maxType ? typeOf(columns.eventType.values[ranksOf(columns).typeByRank[this.minType]!]!) : null;
    return { lon, lat, count: this.n, killed: this.killed, id: this.n === 1 ? columns.id[this.first]! : null, event_type: shared };
  }

  own(): [number, number] | null {
    return this.lonN > 0 && this.latN > 0 ? [this.lonSum / this.lonN, this.latSum / this.latN] : null;
  }
}

interface Ranks {
  /** Per row, its id's place in text order: ids compared as numbers. */
  readonly id: Int32Array;
  /** Per type code, its name's place in text order; and back. */
  readonly type: Int32Array;
  readonly typeByRank: Int32Array;
}
const rankCache = new WeakMap<EventColumns, Ranks>();

/** Worked out once per snapshot (a sort of every id), then every group compares numbers. */
function ranksOf(columns: EventColumns): Ranks {
  let ranks = rankCache.get(columns);
  if (ranks) return ranks;
  const byId = Int32Array.from({ length: columns.size }, (_, i) => i).sort((a, b) => compareIds(columns.id[a]!, columns.id[b]!));
  const id = new Int32Array(columns.size);
  byId.forEach((row, rank) => (id[row] = rank));
  const typeByRank = Int32Array.from(columns.eventType.values.keys()).sort((a, b) => compareIds(columns.eventType.values[a]!, columns.eventType.values[b]!));
  const type = new Int32Array(typeByRank.length);
  typeByRank.forEach((code, rank) => (type[code] = rank));
  rankCache.set(columns, (ranks = { id, type, typeByRank }));
  return ranks;
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
  const cells = new Map<number, Group>();
  const areas = new Map<number, Group & { iso3: number; admin1: number }>();
  const admin1Span = columns.admin1.values.length + 1;
  for (const i of rows) {
    if (isExact(columns, i)) {
      const [lon, lat] = [columns.longitude[i]!, columns.latitude[i]!];
      if (lon < box.west || lon > box.east || lat < box.south || lat > box.north) continue;
      // Cells are numbered below 2^21 each way at zoom 16: one exact number for the pair.
      const key = (Math.floor(lon / size) + CELL_OFFSET) * CELL_SPAN + Math.floor(lat / size) + CELL_OFFSET;
      let g = cells.get(key);
      if (!g) cells.set(key, (g = new Group()));
      g.add(columns, i);
    } else {
      const iso3 = columns.iso3.codes[i]!;
      const admin1 = byAdmin1 ? columns.admin1.codes[i]! : -1;
      const key = (iso3 + 1) * admin1Span + admin1 + 1;
      let g = areas.get(key);
      if (!g) areas.set(key, (g = Object.assign(new Group(), { iso3, admin1 })));
      g.add(columns, i);
    }
  }
  const idRank = ranksOf(columns).id;
  const ordered = [...cells.values()].sort((a, b) => b.n - a.n || idRank[a.first]! - idRank[b.first]!);
  const shown = ordered.slice(0, MAX_CELLS).map((g) => g.cell(columns, g.lonSum / g.lonN, g.latSum / g.latN));
  const placed: MapArea[] = [];
  let unplaced = 0;
  for (const [, g] of [...areas].sort(([a], [b]) => a - b)) {
    const place = g.own() ?? (g.iso3 < 0 ? undefined : (anchors.get(`${g.iso3}|${g.admin1}`) ?? anchors.get(`${g.iso3}|-1`)));
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
