import type { EventClusters, MapView } from '../event-clusters.ts';
import type { EventFilter, TimelineOptions } from '../event-filter.ts';
import { planEvents } from '../sql/event-plan.ts';
import { eventConditions } from '../sql/event-where.ts';
import type { SqlConnection } from '../sql/sql-connection.ts';
import type { EventCounts, TimelineBucket } from '../store.ts';
import { areaAnchors, columnClusters, type AreaAnchors } from './column-clusters.ts';
import { filtersNeedingRows, matchingRows } from './column-filter.ts';
import { columnTimeline } from './column-timeline.ts';
import { RECENT_CHANGES, updateEventColumns } from './column-update.ts';
import { readEventColumns, type EventColumns } from './event-columns.ts';
import { changeSeqOf, readDataVersion } from '../sql/data-version.ts';

/**
 * The store's events in memory, column by column, for the questions a dashboard asks on every filter
 * change (map clusters, timeline, counts): one pass over the rows instead of a grouped query. Built on
 * first use and again whenever the store's data version moves (a write from any process); the full
 * text, reporters, grades and documents are still asked of the database, as a set of rows to intersect.
 * A store larger than `maxEvents` is never held: every answer is then null and the SQL path answers.
 */

export const SNAPSHOT_MAX_EVENTS = 2_000_000;

export interface EventSnapshot {
  clusters(filter: EventFilter, view: MapView): Promise<EventClusters | null>;
  timeline(filter: EventFilter, options: TimelineOptions): Promise<TimelineBucket[] | null>;
  count(filter: EventFilter): Promise<EventCounts | null>;
  /** Builds (or checks) the snapshot now, so that the first request finds it ready. */
  warm(): Promise<void>;
}

interface Held {
  readonly version: string;
  /** Null when the store had more events than the snapshot holds. */
  readonly columns: EventColumns | null;
  readonly anchors: AreaAnchors;
}

export function eventSnapshot(conn: SqlConnection, maxEvents = SNAPSHOT_MAX_EVENTS): EventSnapshot {
  const dataVersion = () => readDataVersion(conn);
  let held: Held | null = null;
  let building: Promise<Held> | null = null;

  /**
   * The snapshot for the current version: the one held when only audit entries moved (they change no
   * event row), the held one with the changed events read again when a few were written, else read whole.
   */
  async function build(): Promise<Held> {
    // Read before the rows: a write meanwhile leaves the snapshot older than the version, so it is built again.
    const version = await dataVersion();
    const before = held;
    // Too large once, too large for good: not read again on every write (a restarted server looks again).
    if (before && (before.columns === null || changeSeqOf(before.version) === changeSeqOf(version))) return { ...before, version };
    const since = before ? Math.max(0, changeSeqOf(before.version) - RECENT_CHANGES[conn.dialect.name]) : 0;
    const updated = before?.columns ? await updateEventColumns(conn, before.columns, since, changeSeqOf(version)) : null;
    const columns = updated ?? (maxEvents > 0 ? await readEventColumns(conn, maxEvents) : null);
    if (columns && columns.size > maxEvents) return { version, columns: null, anchors: new Map() };
    return { version, columns, anchors: columns ? areaAnchors(columns) : new Map() };
  }

  async function current(): Promise<Held> {
    const version = await dataVersion();
    if (held?.version === version) return held;
    // A build begun before the write this call saw would answer for older data: built again until the
    // version holds across a build (a few times at most: under a stream of writes, the latest is as good).
    for (let attempt = 1; ; attempt++) {
      building ??= build().finally(() => (building = null));
      held = await building;
      if (attempt === 3 || held.version === (await dataVersion())) return held;
    }
  }

  /** The matching rows, or null when the snapshot cannot answer. */
  async function rows(filter: EventFilter): Promise<{ columns: EventColumns; rows: Int32Array; anchors: AreaAnchors } | null> {
    const { columns, anchors } = await current();
    if (!columns) return null;
    const rest = filtersNeedingRows(filter);
    if (rest.length === 0) return { columns, rows: matchingRows(columns, filter), anchors };
    const only = Object.fromEntries(rest.map((k) => [k, filter[k]])) as EventFilter;
    const passed = await rowsPassing(conn, only, columns);
    return { columns, rows: matchingRows(columns, filter, (i) => passed[i] === 1), anchors };
  }

  return {
    async clusters(filter, view) {
      if ((view.unit ?? 'event') !== 'event') return null;
      const found = await rows(filter);
      return found && columnClusters(found.columns, found.rows, found.anchors, view);
    },
    async timeline(filter, options) {
      const found = await rows(filter);
      return found && columnTimeline(found.columns, found.rows, options);
    },
    async count(filter) {
      const found = await rows(filter);
      if (!found) return null;
      const by_kind = { incident: 0, aggregate: 0 };
      const { codes, values } = found.columns.kind;
      for (const i of found.rows) {
        const kind = values[codes[i]!];
        if (kind === 'incident' || kind === 'aggregate') by_kind[kind]++;
      }
      return { events: found.rows.length, by_kind };
    },
    async warm() {
      await current();
    },
  };
}

/** A mark per column row: 1 where the database lets the row through the filters it alone answers. */
async function rowsPassing(conn: SqlConnection, filter: EventFilter, columns: EventColumns): Promise<Uint8Array> {
  const { where } = await planEvents(conn, eventConditions(filter, conn.dialect));
  const found = await conn.all<{ row_id: number | string }>(`SELECT e.row_id FROM events e WHERE ${where.sql}`, where.params);
  const passed = new Uint8Array(columns.size);
  for (const { row_id } of found) {
    const i = indexOfRow(columns.rowId, Number(row_id));
    if (i >= 0) passed[i] = 1;
  }
  return passed;
}

/** The columns are in row id order: a binary search. */
function indexOfRow(rowIds: Float64Array, rowId: number): number {
  let [lo, hi] = [0, rowIds.length - 1];
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = rowIds[mid]!;
    if (v === rowId) return mid;
    if (v < rowId) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
