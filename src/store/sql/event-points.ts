import { EVENT_TYPES, type EventType } from '../../core/taxonomy.ts';
import type { EventFilter } from '../event-filter.ts';
import type { EventPoints } from '../event-points.ts';
import { planEvents } from './event-plan.ts';
import { eventConditions } from './event-where.ts';
import type { SqlConnection } from './sql-connection.ts';

interface PointRow {
  readonly id: string;
  readonly event_type: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly killed_best: number | string | null;
  readonly iso3: string | null;
  readonly admin1: string | null;
  readonly exact: number | string;
}

interface AnchorRow {
  readonly iso3: string | null;
  readonly admin1: string | null;
  readonly lat: number | string;
  readonly lon: number | string;
}

/**
 * The map's points for a filter. Only a place with coordinates can be exact; its record (compact JSON,
 * read only for those) tells a town-level place from a coordinate kept for a coarser one (an ACLED row's
 * province centroid). A record whose spacing differs is read as not exact: the safe side.
 */
export async function queryEventPoints(conn: SqlConnection, filter: EventFilter, driveBelow?: number, listBelow?: number): Promise<EventPoints> {
  const { where } = await planEvents(conn, eventConditions(filter, conn.dialect), driveBelow, listBelow);
  const rows = await conn.all<PointRow>(
    `SELECT e.id, e.event_type, e.latitude, e.longitude, e.killed_best, e.iso3, e.admin1,
       CASE WHEN e.latitude IS NULL OR e.longitude IS NULL THEN 0
            WHEN EXISTS (SELECT 1 FROM event_records r WHERE r.row_id = e.row_id AND r.record LIKE '%"geo_precision":1%') THEN 1
            ELSE 0 END AS exact
     FROM events e WHERE ${where.sql}`,
    where.params,
  );
  const anchors = rows.some((r) => Number(r.exact) === 0 && r.latitude === null) ? await areaAnchors(conn) : new Map<string, [number, number]>();
  const typeIndex = new Map<string, number>(EVENT_TYPES.map((t, i) => [t, i]));
  const out = { id: [] as string[], lon: [] as number[], lat: [] as number[], type: [] as number[], killed: [] as number[], exact: [] as (0 | 1)[] };
  let unplaced = 0;
  for (const row of rows) {
    const exact = Number(row.exact) === 1;
    const place: [number, number] | undefined =
      row.latitude !== null && row.longitude !== null
        ? [row.longitude, row.latitude]
        : (anchors.get(`${row.iso3}|${row.admin1}`) ?? anchors.get(`${row.iso3}|`));
    if (!place) {
      unplaced++;
      continue;
    }
    out.id.push(row.id);
    out.lon.push(place[0]);
    out.lat.push(place[1]);
    out.type.push(row.event_type === null ? -1 : (typeIndex.get(row.event_type) ?? -1));
    out.killed.push(Number(row.killed_best ?? 0));
    out.exact.push(exact ? 1 : 0);
  }
  return { count: rows.length, unplaced, types: EVENT_TYPES as readonly EventType[], ...out };
}

/** Where an admin1 (key `ISO3|admin1`) or a country (key `ISO3|`) lies, from the exact places stored in it. */
async function areaAnchors(conn: SqlConnection): Promise<Map<string, [number, number]>> {
  const rows = await conn.all<AnchorRow>(
    `SELECT iso3, admin1, avg(latitude) AS lat, avg(longitude) AS lon FROM events
     WHERE latitude IS NOT NULL AND longitude IS NOT NULL AND iso3 IS NOT NULL AND admin1 IS NOT NULL GROUP BY iso3, admin1
     UNION ALL
     SELECT iso3, NULL AS admin1, avg(latitude) AS lat, avg(longitude) AS lon FROM events
     WHERE latitude IS NOT NULL AND longitude IS NOT NULL AND iso3 IS NOT NULL GROUP BY iso3`,
  );
  const anchors = new Map<string, [number, number]>();
  for (const row of rows) {
    const key = `${row.iso3}|${row.admin1 ?? ''}`;
    anchors.set(key, [Number(row.lon), Number(row.lat)]);
  }
  return anchors;
}
