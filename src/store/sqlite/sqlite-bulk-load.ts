import Database from 'better-sqlite3';
import type { EventRecord } from '../../core/event.ts';
import { actorKey, eventRow, EVENT_COLUMNS, reporterKey } from '../sql/event-row.ts';
import { documentKey, textHash } from '../sql/put-document.ts';
import { checkItem } from '../sql/sql-event-store.ts';
import { compactRecord } from '../sql/stored-record.ts';
import type { PutFailure, PutItem } from '../store.ts';
import { openSqliteStore } from './open-sqlite-store.ts';

export interface BulkLoadOptions {
  readonly now?: () => Date;
  /** Called after each batch with the documents and events stored so far. */
  readonly progress?: (documents: number, events: number) => void;
}

export interface BulkLoadResult {
  readonly documents: number;
  readonly events: number;
  /** Items whose content came earlier in the same load (same key and hash): stored once. */
  readonly unchanged: number;
  readonly failed: readonly PutFailure[];
}

/** Secondary indexes are built once at the end: a sort, instead of a b-tree insert per row per index. */
const DEFERRED_INDEX = "type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN ('events', 'event_reporters', 'changes', 'documents')";
/** Triggers that fill the full text and the R*Tree row by row; both are filled in one pass at the end. */
const DEFERRED_TRIGGERS = ['documents_fts_insert', 'events_rtree_insert'];

/**
 * Loads many documents into a SQLite store that is still empty (a first import, the benchmark's
 * seeding): one transaction with a rollback journal, prepared single-row inserts, and the secondary
 * indexes, full text and R*Tree built after the rows. The result is the store `putDocuments` would have
 * made from the same items; a failure rolls everything back, indexes included. Later versions of a
 * document belong to `putDocuments`, which replaces events and keeps history.
 */
export async function bulkLoadSqlite(file: string, batches: AsyncIterable<readonly PutItem[]> | Iterable<readonly PutItem[]>, options: BulkLoadOptions = {}): Promise<BulkLoadResult> {
  await (await openSqliteStore({ file, now: options.now })).close();
  const at = (options.now ?? (() => new Date()))().toISOString();
  const db = new Database(file);
  try {
    db.pragma('journal_mode = DELETE');
    db.pragma('cache_size = -262144');
    db.exec('BEGIN IMMEDIATE');
    try {
      const result = await load(db, batches, at, options.progress);
      db.exec('COMMIT');
      return result;
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
  } finally {
    db.pragma('journal_mode = WAL');
    db.close();
  }
}

async function load(db: Database.Database, batches: AsyncIterable<readonly PutItem[]> | Iterable<readonly PutItem[]>, at: string, progress: BulkLoadOptions['progress']): Promise<BulkLoadResult> {
  if (db.prepare('SELECT 1 FROM documents LIMIT 1').get() !== undefined) throw new Error('bulk load needs an empty store: add to a filled one with putDocuments (sitrep ingest)');
  const deferred = db.prepare(`SELECT type, name, sql FROM sqlite_master WHERE ${DEFERRED_INDEX} OR (type = 'trigger' AND name IN (${DEFERRED_TRIGGERS.map(() => '?').join(', ')}))`)
    .all(...DEFERRED_TRIGGERS) as { type: string; name: string; sql: string }[];
  for (const d of deferred) db.exec(`DROP ${d.type.toUpperCase()} ${d.name}`);
  const insert = {
    document: db.prepare('INSERT INTO documents (id, doc_key, url, source, title, published, language, text, content_hash, version, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)'),
    event: db.prepare(`INSERT INTO events (${EVENT_COLUMNS.join(', ')}, doc_row) VALUES (${EVENT_COLUMNS.map(() => '?').join(', ')}, ?)`),
    record: db.prepare('INSERT INTO event_records (row_id, record) VALUES (?, ?)'),
    reporter: db.prepare('INSERT INTO event_reporters (event_id, reporter_key) VALUES (?, ?)'),
    change: db.prepare("INSERT INTO changes (at, op, event_id, doc_id) VALUES (?, 'upsert', ?, ?)"),
  };
  const seen = new Map<string, string>();
  const copies = new Set<string>();
  const actors = new Set<string>();
  const failed: PutFailure[] = [];
  let documents = 0;
  let events = 0;
  let unchanged = 0;
  const putOne = db.transaction((item: PutItem, checked: readonly EventRecord[], key: string, hash: string) => {
    const docRow = insert.document.run(item.doc.id, key, item.doc.url, item.doc.source, item.doc.title, item.doc.published, item.doc.language, item.doc.text, hash, at).lastInsertRowid;
    for (const event of checked) {
      const rowId = insert.event.run(...eventRow(event, at), docRow).lastInsertRowid;
      insert.record.run(rowId, compactRecord(event));
      for (const name of new Set(event.reported_by.map(reporterKey))) insert.reporter.run(event.id, name);
      insert.change.run(at, event.id, item.doc.id);
    }
  });
  for await (const batch of batches) {
    for (const item of batch) {
      const key = documentKey(item.doc);
      const hash = item.options?.contentHash ?? textHash(item.doc.text);
      if (seen.get(key) === hash || (item.doc.url === null && copies.has(hash))) {
        unchanged += 1;
        continue;
      }
      const checked = checkEvents(item, seen.has(key));
      if (checked instanceof Error) {
        failed.push({ outcome: 'failed', doc_id: item.doc.id, error: checked });
        continue;
      }
      try {
        // A nested transaction is a savepoint: a document that fails leaves nothing behind.
        putOne(item, checked, key, hash);
      } catch (error) {
        failed.push({ outcome: 'failed', doc_id: item.doc.id, error: error instanceof Error ? error : new Error(String(error)) });
        continue;
      }
      seen.set(key, hash);
      if (item.doc.url === null) copies.add(hash);
      for (const event of checked) for (const name of [actorKey(event.actor1), actorKey(event.actor2)]) if (name !== null) actors.add(name);
      documents += 1;
      events += checked.length;
    }
    progress?.(documents, events);
  }
  const actor = db.prepare('INSERT OR IGNORE INTO actors (key) VALUES (?)');
  for (const name of actors) actor.run(name);
  for (const d of deferred.filter((x) => x.type === 'index')) db.exec(d.sql);
  db.exec("INSERT INTO documents_fts (documents_fts) VALUES ('rebuild')");
  db.exec(`INSERT INTO events_rtree (row_id, min_lon, max_lon, min_lat, max_lat)
    SELECT row_id, longitude, longitude, latitude, latitude FROM events WHERE latitude IS NOT NULL AND longitude IS NOT NULL`);
  for (const d of deferred.filter((x) => x.type === 'trigger')) db.exec(d.sql);
  return { documents, events, unchanged, failed };
}

/** The checks `putDocuments` makes before writing, and one of its own: one version per document. */
function checkEvents(item: PutItem, keySeen: boolean): EventRecord[] | Error {
  if (keySeen) return new Error(`document ${item.doc.id}: a second version of ${documentKey(item.doc)} in one bulk load; put later versions with putDocuments`);
  return checkItem(item);
}
