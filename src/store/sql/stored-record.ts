import { EventRecordSchema, type EventRecord } from '../../core/event.ts';

/**
 * How an event's full record is kept: JSON without what the row already says (id, doc_id) and without
 * unknown (null) fields or empty lists and objects. Most of a record is unknown, so this roughly halves
 * it; reading puts every field back, in the schema's order, so a record comes back exactly as stored.
 */

type Field = keyof EventRecord;

const FIELDS = Object.keys(EventRecordSchema.shape) as Field[];
const LISTS = new Set<Field>(['reported_by', 'evidence', 'claims']);
const OBJECTS = new Set<Field>(['counts', 'qualifiers', 'implied']);
const IN_ROW = new Set<Field>(['id', 'doc_id']);

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

export function expandRecord(id: string, docId: string, stored: string): EventRecord {
  const kept = JSON.parse(stored) as Partial<Record<Field, unknown>>;
  const event: Record<string, unknown> = {};
  for (const field of FIELDS) {
    if (field === 'id') event[field] = id;
    else if (field === 'doc_id') event[field] = docId;
    else event[field] = kept[field] ?? (LISTS.has(field) ? [] : OBJECTS.has(field) ? {} : null);
  }
  return event as EventRecord;
}
