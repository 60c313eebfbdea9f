import type { EventRecord } from '../core/event.ts';
import type { DocumentFacts } from '../core/incident.ts';
import { eventRecord } from '../eval/event-record-fixture.ts';
import type { ReconcileItem } from './reconcile-item.ts';

/** A report's event for reconciliation tests: a dated, placed air strike unless told otherwise. */
export function item(docId: string, fields: Partial<EventRecord> = {}, facts: Partial<DocumentFacts> = {}, words: string[] = []): ReconcileItem {
  const date = fields.event_date ?? '2024-03-05';
  const event = eventRecord({
    id: `${docId}#${fields.id ?? 1}`,
    doc_id: docId,
    event_date: date,
    date_start: date,
    date_end: date,
    time_precision: 1,
    event_type: 'Explosions/Remote violence',
    sub_event_type: 'Air/drone strike',
    actor1: 'Military Forces of Ruritania',
    country: 'Ruritania',
    iso3: 'RUR',
    admin1: 'Northern',
    location: 'Velka',
    latitude: 45.1,
    longitude: 20.2,
    geo_precision: 1,
    where_prec: 1,
    source: facts.source ?? `Outlet ${docId}`,
    ...fields,
  });
  return {
    event: { ...event, id: `${docId}#${fields.id ?? 1}` },
    facts: { id: docId, source: `Outlet ${docId}`, published: '2024-03-05', wire: null, ...facts },
    words,
  };
}

export function killedClaim(value: number, reporter: string, reporter_type = 'monitor', start = 0) {
  return { field: 'killed', value, qualifier: null, reporter, reporter_type, start, end: start + 5 };
}
