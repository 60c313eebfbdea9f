import { EventTypeSchema, type EventType } from '../../core/taxonomy.ts';
import type { EventFilter } from '../event-filter.ts';
import { ADMIN1_AREAS_FROM_ZOOM, cellDegrees, MAX_CELLS, type EventClusters, type MapArea, type MapCell, type MapView } from '../event-clusters.ts';
import { planEvents } from './event-plan.ts';
import { eventConditions } from './event-where.ts';
import type { SqlConnection } from './sql-connection.ts';

type Num = number | string;
interface GroupRow {
  readonly n: Num;
  readonly killed: Num | null;
  readonly lon: Num | null;
  readonly lat: Num | null;
  readonly id: string;
  readonly first_type: string | null;
  readonly last_type: string | null;
}
interface AreaRow extends GroupRow {
  readonly iso3: string | null;
  readonly admin1: string | null;
}

/** A town-level place with its own coordinates (migration 7 copies geo_precision into the row). */
const EXACT = 'e.geo_precision = 1 AND e.latitude IS NOT NULL AND e.longitude IS NOT NULL';
const NOT_EXACT = '(coalesce(e.geo_precision, 0) <> 1 OR e.latitude IS NULL OR e.longitude IS NULL)';
const GROUP_COLUMNS = `count(*) AS n, sum(coalesce(e.killed_best, 0)) AS killed, avg(e.longitude) AS lon, avg(e.latitude) AS lat,
  min(e.id) AS id, min(e.event_type) AS first_type, max(e.event_type) AS last_type`;

/** The map's clusters and areas for a filter and a view (see `event-clusters.ts` for what they mean). */
export async function queryEventClusters(conn: SqlConnection, filter: EventFilter, view: MapView, driveBelow?: number): Promise<EventClusters> {
  const { where } = await planEvents(conn, eventConditions(filter, conn.dialect), driveBelow);
  const box = view.view ?? { west: -180, south: -90, east: 180, north: 90 };
  const size = cellDegrees(view.zoom);
  const [total] = await conn.all<{ n: Num }>(`SELECT count(*) AS n FROM events e WHERE ${where.sql}`, where.params);
  const cellRows = await conn.all<GroupRow>(
    `SELECT ${GROUP_COLUMNS} FROM events e
     WHERE ${where.sql} AND ${EXACT} AND e.longitude BETWEEN ? AND ? AND e.latitude BETWEEN ? AND ?
     GROUP BY floor(e.longitude / ?), floor(e.latitude / ?) ORDER BY count(*) DESC, min(e.id) LIMIT ?`,
    [...where.params, box.west, box.east, box.south, box.north, size, size, MAX_CELLS + 1],
  );
  const admin1 = view.zoom >= ADMIN1_AREAS_FROM_ZOOM ? 'e.admin1' : 'NULL';
  const areaRows = await conn.all<AreaRow>(
    `SELECT e.iso3, ${admin1} AS admin1, ${GROUP_COLUMNS} FROM events e WHERE ${where.sql} AND ${NOT_EXACT} GROUP BY e.iso3, ${admin1}`,
    where.params,
  );
  const anchors = areaRows.some((r) => r.lon === null) ? await areaAnchors(conn) : new Map<string, [number, number]>();
  const areas: MapArea[] = [];
  let unplaced = 0;
  for (const row of areaRows) {
    const own: [number, number] | null = row.lon !== null && row.lat !== null ? [Number(row.lon), Number(row.lat)] : null;
    const place = own ?? (row.iso3 === null ? undefined : (anchors.get(`${row.iso3}|${row.admin1 ?? ''}`) ?? anchors.get(`${row.iso3}|`)));
    if (!place) {
      unplaced += Number(row.n);
      continue;
    }
    if (place[0] >= box.west && place[0] <= box.east && place[1] >= box.south && place[1] <= box.north) {
      areas.push({ ...groupOf(row, place), iso3: row.iso3, admin1: row.admin1 });
    }
  }
  const cells = cellRows.slice(0, MAX_CELLS).map((row) => groupOf(row, [Number(row.lon), Number(row.lat)]));
  return { count: Number(total?.n ?? 0), unplaced, zoom: view.zoom, cells, areas, truncated: cellRows.length > MAX_CELLS };
}

function groupOf(row: GroupRow, [lon, lat]: [number, number]): MapCell {
  const count = Number(row.n);
  const shared = row.first_type !== null && row.first_type === row.last_type ? typeOf(row.first_type) : null;
  return { lon, lat, count, killed: Number(row.killed ?? 0), id: count === 1 ? row.id : null, event_type: shared };
}

function typeOf(name: string): EventType | null {
  const parsed = EventTypeSchema.safeParse(name);
  return parsed.success ? parsed.data : null;
}

/** Where an admin1 (key `ISO3|admin1`) or a country (key `ISO3|`) lies, from the coordinates stored in it. */
async function areaAnchors(conn: SqlConnection): Promise<Map<string, [number, number]>> {
  const rows = await conn.all<{ iso3: string; admin1: string | null; lat: Num; lon: Num }>(
    `SELECT iso3, admin1, avg(latitude) AS lat, avg(longitude) AS lon FROM events
     WHERE latitude IS NOT NULL AND longitude IS NOT NULL AND iso3 IS NOT NULL AND admin1 IS NOT NULL GROUP BY iso3, admin1
     UNION ALL
     SELECT iso3, NULL AS admin1, avg(latitude) AS lat, avg(longitude) AS lon FROM events
     WHERE latitude IS NOT NULL AND longitude IS NOT NULL AND iso3 IS NOT NULL GROUP BY iso3`,
  );
  return new Map(rows.map((row) => [`${row.iso3}|${row.admin1 ?? ''}`, [Number(row.lon), Number(row.lat)]]));
}
