import type { EventRecord } from '../../core/event.ts';
import type { SqlValue } from './sql-connection.ts';

/**
 * How an event sits in the `events` table: the few columns the filters and indexes need. The whole
 * record (evidence, claims) lives beside it in `event_records`, keyed by `row_id`, so that scans over
 * `events` read short rows.
 */

export const EVENT_COLUMNS = [
  'id', 'doc_id', 'kind', 'sort_date', 'event_type', 'country', 'iso3', 'admin1',
  'actor1_key', 'actor2_key', 'latitude', 'longitude', 'killed_best', 'updated_at', 'geo_precision',
] as const;

/** Events without a date sort after every dated one in the newest-first order. */
export const UNDATED = '';

export function eventRow(event: EventRecord, at: string): SqlValue[] {
  return [
    event.id,
    event.doc_id,
    event.kind,
    sortDate(event),
    event.event_type,
    event.country,
    event.iso3,
    event.admin1,
    actorKey(event.actor1),
    actorKey(event.actor2),
    event.latitude,
    event.longitude,
    event.killed_best,
    at,
    event.geo_precision,
  ];
}

export function sortDate(event: EventRecord): string {
  return event.event_date ?? event.date_start ?? UNDATED;
}

/** Actor names are matched without regard to case. */
export function actorKey(name: string | null): string | null {
  return name?.toLowerCase() ?? null;
}

/** Reporter names are matched without regard to case. */
export function reporterKey(name: string): string {
  return name.trim().toLowerCase();
}
