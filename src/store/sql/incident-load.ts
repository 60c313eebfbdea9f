import type { EventRecord } from '../../core/event.ts';
import type { IncidentRecord } from '../../core/incident.ts';
import { dayRangeOf } from '../../reconcile/event-days.ts';
import { eventWords } from '../../reconcile/event-words.ts';
import { wireOf } from '../../reconcile/independent-sources.ts';
import type { ReconcileItem } from '../../reconcile/reconcile-item.ts';
import { inChunks, incidentFromRow } from './incident-rows.ts';
import type { SqlExecutor } from './sql-connection.ts';
import { expandRecord, STORED_EVENT_COLUMNS, type StoredEvent } from './stored-record.ts';

/** An event as loaded for reconciliation, with where it already is. */
export interface StoredItem {
  readonly item: ReconcileItem;
  /** When it was stored: the first event of an incident is the earliest stored. */
  readonly at: string;
  readonly incidentId: string | null;
  readonly locked: boolean;
}

type Row = StoredEvent & {
  at: string;
  source: string | null;
  published: string | null;
  words?: string;
  wire?: string | null;
  text?: string;
  incident_id?: string;
  locked?: number | string;
};

const CURRENT_DOC = 'JOIN documents d ON d.id = e.doc_id AND d.superseded_at IS NULL';
const RECORD = 'JOIN event_records r ON r.row_id = e.row_id';
const KNOWN = `SELECT ${STORED_EVENT_COLUMNS}, e.updated_at AS at, d.source, d.published, ie.words, ie.wire, ie.incident_id, i.locked
  FROM incident_events ie JOIN events e ON e.id = ie.event_id ${RECORD} ${CURRENT_DOC} JOIN incidents i ON i.id = ie.incident_id`;

function storedItem(row: Row): StoredItem {
  const event = expandRecord(row);
  const known = row.words !== undefined;
  const wire = known ? (row.wire ?? null) : wireOf(row.source, row.text ?? '');
  const words = known ? (JSON.parse(row.words!) as string[]) : eventWords(event, row.text ?? '');
  return {
    item: { event, facts: { id: event.doc_id, source: row.source, published: row.published, wire }, words },
    at: row.at,
    incidentId: row.incident_id ?? null,
    locked: Number(row.locked ?? 0) === 1,
  };
}

/** Events in no incident yet, with their document's text read once for their words. */
export async function loadUnplaced(tx: SqlExecutor): Promise<StoredItem[]> {
  const rows = await tx.all<Row>(
    `SELECT ${STORED_EVENT_COLUMNS}, e.updated_at AS at, d.source, d.published, d.text FROM events e ${RECORD} ${CURRENT_DOC}
     LEFT JOIN incident_events ie ON ie.event_id = e.id WHERE ie.event_id IS NULL`,
  );
  return rows.map(storedItem);
}

/** Every member of the given incidents. */
export async function loadMembers(tx: SqlExecutor, incidentIds: readonly string[]): Promise<StoredItem[]> {
  const rows = await inChunks(incidentIds, (marks, chunk) => tx.all<Row>(`${KNOWN} WHERE ie.incident_id IN (${marks})`, chunk));
  return rows.map(storedItem);
}

export async function loadIncidents(tx: SqlExecutor, ids: readonly string[]): Promise<Map<string, IncidentRecord>> {
  const rows = await inChunks(ids, (marks, chunk) => tx.all<{ record: string }>(`SELECT record FROM incidents WHERE id IN (${marks})`, chunk));
  return new Map(rows.map((r) => [incidentFromRow(r).id, incidentFromRow(r)]));
}

/** Days of margin around new events when looking for incidents they might join: beyond the widest date tolerance, with room for ranges. */
const MARGIN_DAYS = 14;
const DAY = 86_400_000;

/** Incidents with events in the same country within two weeks of the new events: the only ones they can join. */
export async function neighbourIncidents(tx: SqlExecutor, fresh: readonly StoredItem[]): Promise<string[]> {
  const windows = new Map<string | null, [number, number][]>();
  for (const { item } of fresh) {
    const range = dayRangeOf(item.event);
    if (!range) continue;
    const list = windows.get(item.event.country) ?? [];
    list.push([range.start - MARGIN_DAYS, range.end + MARGIN_DAYS]);
    windows.set(item.event.country, list);
  }
  const ids = new Set<string>();
  const day = (n: number): string => new Date(n * DAY).toISOString().slice(0, 10);
  for (const [country, list] of windows) {
    for (const [start, end] of mergeIntervals(list)) {
      const where = country === null ? 'e.country IS NULL' : 'e.country = ?';
      const rows = await tx.all<{ incident_id: string }>(
        `SELECT DISTINCT ie.incident_id FROM events e JOIN incident_events ie ON ie.event_id = e.id
         WHERE ${where} AND e.sort_date >= ? AND e.sort_date <= ?`,
        [...(country === null ? [] : [country]), day(start), day(end)],
      );
      for (const r of rows) ids.add(r.incident_id);
    }
  }
  return [...ids];
}

function mergeIntervals(list: [number, number][]): [number, number][] {
  const sorted = [...list].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}
