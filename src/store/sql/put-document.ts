import { createHash } from 'node:crypto';
import type { Document } from '../../core/document.ts';
import type { EventRecord } from '../../core/event.ts';
import type { PutResult } from '../store.ts';
import { withReviews } from './event-reviews.ts';
import { actorKey, EVENT_COLUMNS, eventRow, reporterKey } from './event-row.ts';
import { compactRecord } from './stored-record.ts';
import type { SqlExecutor, SqlValue } from './sql-connection.ts';

// Rows per multi-row INSERT: far below PostgreSQL's 65,535 parameters and SQLite's 32,766.
const CHUNK = 100;

interface PriorVersion {
  readonly id: string;
  readonly version: number;
  readonly content_hash: string;
  readonly superseded_at: string | null;
}

export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The url says which document this is a version of; a document without one is known by its id. */
export function documentKey(doc: Document): string {
  return doc.url ?? doc.id;
}

/**
 * Writes one document and its events inside the caller's transaction. Content seen before under the
 * same key (or, for documents without a url, anywhere) changes nothing, so re-ingesting is free and a
 * retried job never duplicates. New content under a known key becomes the next version: the old
 * version's events are deleted (and the deletions logged for the changes feed), its text is kept.
 */
export async function putDocumentIn(tx: SqlExecutor, doc: Document, events: readonly EventRecord[], at: string, hash: string): Promise<PutResult> {
  const key = documentKey(doc);
  // Indexed lookups joined with UNION: an OR across columns would scan the whole table. The third finds,
  // for a document without a url, the same content anywhere; asked in the same round trip.
  const rows = await tx.all<PriorVersion & { copy: number | string }>(
    `SELECT 0 AS copy, id, version, content_hash, superseded_at FROM documents WHERE doc_key = ?
     UNION SELECT 0, id, version, content_hash, superseded_at FROM documents WHERE id = ? AND superseded_at IS NULL
     UNION SELECT 1, id, version, content_hash, superseded_at FROM documents WHERE content_hash = ? AND url IS NULL AND superseded_at IS NULL AND ? = 1
     ORDER BY version DESC`,
    [key, doc.id, hash, doc.url === null ? 1 : 0],
  );
  const versions = rows.filter((r) => Number(r.copy) === 0);
  const seen = versions.find((v) => v.content_hash === hash) ?? rows.find((r) => Number(r.copy) === 1);
  if (seen) return { outcome: 'unchanged', doc_id: seen.id, version: Number(seen.version), events_written: 0, events_deleted: 0 };
  let deleted = 0;
  for (const current of versions.filter((v) => v.superseded_at === null)) {
    deleted += await deleteEventsOf(tx, current.id, at);
    await tx.run('UPDATE documents SET superseded_at = ? WHERE id = ? AND superseded_at IS NULL', [at, current.id]);
  }
  const version = (versions[0]?.version ?? 0) + 1;
  const [stored] = await tx.all<{ row_id: number | string }>(
    'INSERT INTO documents (id, doc_key, url, source, title, published, language, text, content_hash, version, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING row_id',
    [doc.id, key, doc.url, doc.source, doc.title, doc.published, doc.language, doc.text, hash, version, at],
  );
  await insertEvents(tx, await withReviews(tx, events), stored!.row_id, at);
  const reporters = events.flatMap((e) => [...new Set(e.reported_by.map(reporterKey))].map((name): SqlValue[] => [e.id, name]));
  await insertRows(tx, 'event_reporters', ['event_id', 'reporter_key'], reporters);
  await insertRows(tx, 'changes', ['at', 'op', 'event_id', 'doc_id'], events.map((e) => [at, 'upsert', e.id, doc.id]));
  return { outcome: versions.length > 0 ? 'replaced' : 'inserted', doc_id: doc.id, version, events_written: events.length, events_deleted: deleted };
}

async function deleteEventsOf(tx: SqlExecutor, docId: string, at: string): Promise<number> {
  const gone = await tx.all<{ id: string }>('SELECT id FROM events WHERE doc_id = ?', [docId]);
  if (gone.length === 0) return 0;
  await tx.run('DELETE FROM event_reporters WHERE event_id IN (SELECT id FROM events WHERE doc_id = ?)', [docId]);
  await tx.run('DELETE FROM event_records WHERE row_id IN (SELECT row_id FROM events WHERE doc_id = ?)', [docId]);
  await tx.run('DELETE FROM events WHERE doc_id = ?', [docId]);
  await insertRows(tx, 'changes', ['at', 'op', 'event_id', 'doc_id'], gone.map((e) => [at, 'delete', e.id, docId]));
  return gone.length;
}

/** The rows, then each record under the row id the engine gave it, and any actor name not seen before. */
async function insertEvents(tx: SqlExecutor, events: readonly EventRecord[], docRow: number | string, at: string): Promise<void> {
  const rowIds = new Map<string, number | string>();
  for (let start = 0; start < events.length; start += CHUNK) {
    const chunk = events.slice(start, start + CHUNK);
    const tuple = `(${EVENT_COLUMNS.map(() => '?').join(', ')}, ?)`;
    const returned = await tx.all<{ row_id: number | string; id: string }>(
      `INSERT INTO events (${EVENT_COLUMNS.join(', ')}, doc_row) VALUES ${chunk.map(() => tuple).join(', ')} RETURNING row_id, id`,
      chunk.flatMap((e) => [...eventRow(e, at), docRow]),
    );
    for (const r of returned) rowIds.set(r.id, r.row_id);
  }
  await insertRows(tx, 'event_records', ['row_id', 'record'], events.map((e) => [rowIds.get(e.id)!, compactRecord(e)]));
  const actors = new Set(events.flatMap((e) => [actorKey(e.actor1), actorKey(e.actor2)]).filter((k): k is string => k !== null));
  await insertRows(tx, 'actors', ['key'], [...actors].map((k) => [k]), ' ON CONFLICT DO NOTHING');
}

async function insertRows(tx: SqlExecutor, table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[], suffix = ''): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    await tx.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}${suffix}`, chunk.flat());
  }
}
