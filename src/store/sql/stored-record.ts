import { EventRecordSchema, type EventRecord } from '../../core/event.ts';

/**
 * How an event's full record is kept: JSON without what its `events` row already holds verbatim (id,
 * place, type, killed...) and without unknown (null) fields or empty lists and objects. Reading puts every
 * field back, in the schema's order, so a record comes back exactly as it was stored.
 */

type Field = keyof EventRecord;

/** The fields the `events` row keeps as they are; a record is read together with them. */
export const ROW_FIELDS = ['id', 'doc_id', 'kind', 'event_type', 'country', 'iso3', 'admin1', 'latitude', 'longitude', 'killed_best'] as const;
type RowField = (typeof ROW_FIELDS)[number];

export type StoredEvent = { readonly [F in RowField]: EventRecord[F] } & { readonly record: string };

/** The columns to select, from `events e` joined to `event_records r`, for `expandRecord`. */
export const STORED_EVENT_COLUMNS = `${ROW_FIELDS.map((f) => `e.${f}`).join(', ')}, r.record`;

const FIELDS = Object.keys(EventRecordSchema.shape) as Field[];
const LISTS = new Set<Field>(['reported_by', 'evidence', 'claims']);
const OBJECTS = new Set<Field>(['counts', 'qualifiers', 'implied']);
const IN_ROW = new Set<Field>(ROW_FIELDS);

function isEmpty(field: Field, value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (LISTS.has(field)) return (value as unknown[]).length === 0;
  if (OBJECTS.has(field)) return Object.keys(value as object).length === 0;
  return false;
}

export function compactRecord(event: EventRecord): string {
  const kept: Partial<Record<Field, unknown>> = {};
  for (const field of FIELDS) {
    if (!IN_ROW.has(field) && !isEmpty(field, event[field])) kept[field] = event[field];
  }
  return JSON.stringify(kept);
}

export function expandRecord(row: StoredEvent): EventRecord {
  const kept = JSON.parse(row.record) as Partial<Record<Field, unknown>>;
  const event: Record<string, unknown> = {};
  for (const field of FIELDS) {
    if (IN_ROW.has(field)) event[field] = row[field as RowField];
    else event[field] = kept[field] ?? (LISTS.has(field) ? [] : OBJECTS.has(field) ? {} : null);
  }
  return event as EventRecord;
}
