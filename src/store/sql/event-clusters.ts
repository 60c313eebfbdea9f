import { EventTypeSchema, type EventType } from '../../core/taxonomy.ts';
import type { EventFilter } from '../event-filter.ts';
import { ADMIN1_AREAS_FROM_ZOOM, cellDegrees, MAX_CELLS, type EventClusters, type MapArea, type MapCell, type MapView } from '../event-clusters.ts';
import { planEvents } from './event-plan.ts';
import type { Clause } from './event-where.ts';
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
const EXACT = 'CASE WHEN e.geo_precision = 1 AND e.latitude IS NOT NULL AND e.longitude IS NOT NULL THEN 1 ELSE 0 END';
const GROUP_COLUMNS = `count(*) AS n, sum(coalesce(u.killed, 0)) AS killed, avg(u.lon) AS lon, avg(u.lat) AS lat,
  min(u.id) AS id, min(u.event_type) AS first_type, max(u.event_type) AS last_type`;

/**
 * The marks a map draws, as rows `u` (id, lon, lat, exact, killed, event_type, iso3, admin1): the filtered
 * events themselves, or the incidents they belong to (events not yet in an incident are left out).
 */
function unitSource(where: Clause, unit: 'event' | 'incident'): Clause {
  if (unit === 'event') {
    return {
      sql: `SELECT e.id, e.longitude AS lon, e.latitude AS lat, ${EXACT} AS exact, e.killed_best AS killed, e.event_type, e.iso3, e.admin1
            FROM events e WHERE ${where.sql}`,
      params: where.params,
    };
  }
  return {
    sql: `SELECT i.id, avg(e.longitude) AS lon, avg(e.latitude) AS lat, min(${EXACT}) AS exact, max(i.killed_best) AS killed,
            max(i.event_type) AS event_type, max(i.iso3) AS iso3, max(i.admin1) AS admin1
          FROM events e JOIN incident_events ie ON ie.event_id = e.id JOIN incidents i ON i.id = ie.incident_id
          WHERE ${where.sql} GROUP BY i.id`,
    params: where.params,
  };
}

/** The map's clusters and areas for a filter and a view (see `event-clusters.ts` for what they mean). */
export async function queryEventClusters(conn: SqlConnection, filter: EventFilter, view: MapView, driveBelow?: number, listBelow?: number): Promise<EventClusters> {
  const { where } = await planEvents(conn, eventConditions(filter, conn.dialect), driveBelow, listBelow);
  const unit = view.unit ?? 'event';
  const source = unitSource(where, unit);
  const box = view.view ?? { west: -180, south: -90, east: 180, north: 90 };
  const size = cellDegrees(view.zoom);
  const [total] = await conn.all<{ n: Num }>(`SELECT count(*) AS n FROM (${source.sql}) u`, source.params);
  const cellRows = await conn.all<GroupRow>(
    `SELECT ${GROUP_COLUMNS} FROM (${source.sql}) u
     WHERE u.exact = 1 AND u.lon BETWEEN ? AND ? AND u.lat BETWEEN ? AND ?
     GROUP BY floor(u.lon / ?), floor(u.lat / ?) ORDER BY count(*) DESC, min(u.id) LIMIT ?`,
    [...source.params, box.west, box.east, box.south, box.north, size, size, MAX_CELLS + 1],
  );
  const [admin1, groups] = view.zoom >= ADMIN1_AREAS_FROM_ZOOM ? ['u.admin1', 'u.iso3, u.admin1'] : ['CAST(NULL AS TEXT)', 'u.iso3'];
  const areaRows = await conn.all<AreaRow>(
    `SELECT u.iso3, ${admin1} AS admin1, ${GROUP_COLUMNS} FROM (${source.sql}) u WHERE u.exact = 0 GROUP BY ${groups}`,
    source.params,
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
  return { unit, count: Number(total?.n ?? 0), unplaced, zoom: view.zoom, cells, areas, truncated: cellRows.length > MAX_CELLS };
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
