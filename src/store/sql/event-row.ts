import type { EventRecord } from '../../core/event.ts';
import type { SqlValue } from './sql-connection.ts';

/**
 * How an event sits in a table: the whole record as JSON (so that it comes back exactly as stored, with
 * its evidence and claims), beside the few columns the filters and indexes need.
 */

export const EVENT_COLUMNS = [
  'id', 'doc_id', 'kind', 'sort_date', 'event_type', 'country', 'iso3', 'admin1',
  'actor1_key', 'actor2_key', 'latitude', 'longitude', 'killed_best', 'record', 'updated_at',
] as const;

/** Events without a date sort after every dated one in the newest-first order. */
export const UNDATED = '';

export function eventRow(event: EventRecord, at: string): SqlValue[] {
  return [
    event.id,
    event.doc_id,
    event.kind,
    event.event_date ?? event.date_start ?? UNDATED,
    event.event_type,
    event.country,
    event.iso3,
    event.admin1,
    event.actor1?.toLowerCase() ?? null,
    event.actor2?.toLowerCase() ?? null,
    event.latitude,
    event.longitude,
    event.killed_best,
    JSON.stringify(event),
    at,
  ];
}

/** Reporter names are matched without regard to case. */
export function reporterKey(name: string): string {
  return name.trim().toLowerCase();
}

export function eventFromRow(row: { record: string }): EventRecord {
  return JSON.parse(row.record) as EventRecord;
}
