import type { EventRecord } from '../../core/event.ts';
import type { PutItem, PutResult } from '../store.ts';
import { withReviews } from './event-reviews.ts';
import { actorKey, EVENT_COLUMNS, eventRow, reporterKey } from './event-row.ts';
import { documentKey } from './put-document.ts';
import type { SqlExecutor, SqlValue } from './sql-connection.ts';
import { compactRecord } from './stored-record.ts';

/** Rows per multi-row INSERT: 15 columns x 500 stays under SQLite's 32,766 parameters and PostgreSQL's 65,535. */
const ROWS = 500;

export interface CheckedItem {
  readonly item: PutItem;
  readonly events: readonly EventRecord[];
  readonly hash: string;
}

export interface BatchSorting {
  /** New beyond doubt: no stored document shares their key or id (nor, without a url, their content), and no other item in the batch shares any of these. */
  readonly fresh: Set<CheckedItem>;
  /** Content already stored under the same key (or, without a url, anywhere): nothing to write. */
  readonly unchanged: Map<CheckedItem, PutResult>;
}

/**
 * Sorts a batch before writing, in a query per 500 items: fresh items are 'inserted' whatever the order,
 * so they are written together; stored content stays as it is, since history only grows. The rest go one
 * by one through `putDocumentIn`.
 */
export async function sortBatch(tx: SqlExecutor, items: readonly CheckedItem[]): Promise<BatchSorting> {
  const known = new Map<string, { id: string; version: number | string; hash: string }>();
  for (let start = 0; start < items.length; start += ROWS) {
    const chunk = items.slice(start, start + ROWS);
    const keys = chunk.map((c) => documentKey(c.item.doc));
    const copies = chunk.filter((c) => c.item.doc.url === null).map((c) => c.hash);
    const rows = await tx.all<{ what: string; value: string; id: string; version: number | string; content_hash: string }>(
      `SELECT 'key' AS what, doc_key AS value, id, version, content_hash FROM documents WHERE doc_key IN (${marks(keys.length)})
       UNION ALL SELECT 'id', id, id, version, content_hash FROM documents WHERE id IN (${marks(chunk.length)}) AND superseded_at IS NULL
       UNION ALL SELECT 'hash', content_hash, id, version, content_hash FROM documents
         WHERE content_hash IN (${marks(Math.max(1, copies.length))}) AND url IS NULL AND superseded_at IS NULL`,
      [...keys, ...chunk.map((c) => c.item.doc.id), ...(copies.length > 0 ? copies : [''])],
    );
    for (const row of rows) {
      known.set(`${row.what} ${row.value}`, { id: row.id, version: row.version, hash: row.content_hash });
      if (row.what === 'key') known.set(`same ${row.value} ${row.content_hash}`, { id: row.id, version: row.version, hash: row.content_hash });
    }
  }
  const marksOf = (c: CheckedItem): string[] => [`key ${documentKey(c.item.doc)}`, `id ${c.item.doc.id}`, ...(c.item.doc.url === null ? [`hash ${c.hash}`] : [])];
  const counts = new Map<string, number>();
  for (const c of items) for (const m of marksOf(c)) counts.set(m, (counts.get(m) ?? 0) + 1);
  const fresh = new Set<CheckedItem>();
  const unchanged = new Map<CheckedItem, PutResult>();
  for (const c of items) {
    const stored = known.get(`same ${documentKey(c.item.doc)} ${c.hash}`) ?? (c.item.doc.url === null ? known.get(`hash ${c.hash}`) : undefined);
    if (stored) unchanged.set(c, { outcome: 'unchanged', doc_id: stored.id, version: Number(stored.version), events_written: 0, events_deleted: 0 });
    else if (marksOf(c).every((m) => !known.has(m) && counts.get(m) === 1)) fresh.add(c);
  }
  return { fresh, unchanged };
}

/**
 * Writes fresh items (see `sortBatch`) with a few multi-row statements per table instead of several per
 * document: the round trips a server charges for are per statement. All or nothing: the caller wraps it
 * in a savepoint and, should it fail, puts the items one by one to find the one at fault.
 */
export async function putFresh(tx: SqlExecutor, fresh: readonly CheckedItem[], at: string): Promise<PutResult[]> {
  const docRows = new Map<string, number | string>();
  for (let start = 0; start < fresh.length; start += ROWS) {
    const chunk = fresh.slice(start, start + ROWS);
    const returned = await tx.all<{ row_id: number | string; id: string }>(
      `INSERT INTO documents (id, doc_key, url, source, title, published, language, text, content_hash, version, ingested_at)
       VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)').join(', ')} RETURNING row_id, id`,
      chunk.flatMap(({ item: { doc }, hash }) => [doc.id, documentKey(doc), doc.url, doc.source, doc.title, doc.published, doc.language, doc.text, hash, at]),
    );
    for (const r of returned) docRows.set(r.id, r.row_id);
  }
  const events = await withReviews(tx, fresh.flatMap((c) => c.events));
  const eventRows = new Map<string, number | string>();
  for (let start = 0; start < events.length; start += ROWS) {
    const chunk = events.slice(start, start + ROWS);
    const returned = await tx.all<{ row_id: number | string; id: string }>(
      `INSERT INTO events (${EVENT_COLUMNS.join(', ')}, doc_row) VALUES ${chunk.map(() => `(${marks(EVENT_COLUMNS.length + 1)})`).join(', ')} RETURNING row_id, id`,
      chunk.flatMap((e) => [...eventRow(e, at), docRows.get(e.doc_id)!]),
    );
    for (const r of returned) eventRows.set(r.id, r.row_id);
  }
  await insertMany(tx, 'event_records', ['row_id', 'record'], events.map((e) => [eventRows.get(e.id)!, compactRecord(e)]));
  const actors = new Set(events.flatMap((e) => [actorKey(e.actor1), actorKey(e.actor2)]).filter((k): k is string => k !== null));
  await insertMany(tx, 'actors', ['key'], [...actors].map((k) => [k]), ' ON CONFLICT DO NOTHING');
  await insertMany(tx, 'event_reporters', ['event_id', 'reporter_key'], events.flatMap((e) => [...new Set(e.reported_by.map(reporterKey))].map((r) => [e.id, r])));
  await insertMany(tx, 'changes', ['at', 'op', 'event_id', 'doc_id'], events.map((e) => [at, 'upsert', e.id, e.doc_id]));
  return fresh.map(({ item, events: written }) => ({ outcome: 'inserted', doc_id: item.doc.id, version: 1, events_written: written.length, events_deleted: 0 }));
}

async function insertMany(tx: SqlExecutor, table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[], suffix = ''): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS) {
    const chunk = rows.slice(start, start + ROWS);
    await tx.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => `(${marks(columns.length)})`).join(', ')}${suffix}`, chunk.flat());
  }
}

function marks(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}
