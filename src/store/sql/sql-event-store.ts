import { EventRecordSchema, type EventRecord } from '../../core/event.ts';
import type { Document } from '../../core/document.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import type { EventFilter, PageRequest, TimelineOptions } from '../event-filter.ts';
import type { MapView } from '../event-clusters.ts';
import type { Change, EventStore, PutFailure, PutItem, PutOptions, PutResult, StoredDocument, TimelineBucket } from '../store.ts';
import { planEvents } from './event-plan.ts';
import { queryEventClusters } from './event-clusters.ts';
import { eventConditions } from './event-where.ts';
import { migrate } from './migrate.ts';
import { putFresh, sortBatch, type CheckedItem } from './put-batch.ts';
import { putDocumentIn, textHash } from './put-document.ts';
import type { SqlConnection } from './sql-connection.ts';
import { readEvent } from './event-update.ts';
import { eventSnapshot } from '../snapshot/event-snapshot.ts';
import { readDataVersion } from './data-version.ts';
import { expandRecord, STORED_EVENT_COLUMNS, type StoredEvent } from './stored-record.ts';
import { namedByActor } from './actor-names.ts';
import { keepTopKeys, sortBuckets } from '../timeline-keys.ts';

export interface SqlStoreOptions {
  readonly location: string;
  /** The clock for ingest and change timestamps; tests pass their own. */
  readonly now?: () => Date;
  /** Candidates below which a narrowing filter drives a query (`event-plan.ts`); tests force each plan. */
  readonly driveBelow?: number;
  /** Sets below which a filter's check lists its set once (`event-plan.ts`); tests force per-row checks with 0. */
  readonly listBelow?: number;
  /**
   * Most events held in memory for the map, the timeline and counts (`snapshot/event-snapshot.ts`); a
   * larger store, or 0, answers them in SQL.
   */
  readonly snapshotMaxEvents?: number;
}

interface DocumentRow extends Omit<StoredDocument, 'key' | 'version'> {
  readonly doc_key: string;
  readonly version: number | string;
}

/** What the date index holds: the page is chosen from index entries alone, then the rows are read. */
interface EventKey {
  readonly row_id: number | string;
  readonly id: string;
  readonly sort_date: string;
}

const DOCUMENT_COLUMNS = 'id, doc_key, url, source, title, published, language, text, content_hash, version, ingested_at, superseded_at';

/** The store over any SQL engine: migrations on open, then every query through the shared layer. */
export async function openSqlEventStore(conn: SqlConnection, options: SqlStoreOptions): Promise<EventStore> {
  const plan = (filter: EventFilter) => planEvents(conn, eventConditions(filter, conn.dialect), options.driveBelow, options.listBelow);
  const now = options.now ?? (() => new Date());
  await migrate(conn, now);
  const timestamp = (): string => now().toISOString();
  const snapshot = eventSnapshot(conn, options.snapshotMaxEvents);

  /** The timeline's buckets from one grouped query, when the snapshot does not hold the events. */
  async function sqlTimeline(filter: EventFilter, options: TimelineOptions): Promise<TimelineBucket[]> {
    const { where } = await plan(filter);
    const period = { day: 'e.sort_date', week: conn.dialect.weekStart('e.sort_date'), month: "substr(e.sort_date, 1, 7) || '-01'" }[options.interval];
    const key = { event_type: 'e.event_type', admin1: 'e.admin1', actor: 'e.actor1_key' }[options.group_by];
    const rows = await conn.all<{ period: string; key: string | null; events: number | string; killed: number | string | null }>(
      `SELECT ${period} AS period, ${key} AS key, count(*) AS events, sum(coalesce(e.killed_best, 0)) AS killed
       FROM events e WHERE ${where.sql} AND e.sort_date <> '' GROUP BY 1, 2`,
      where.params,
    );
    return rows.map((r) => ({ period: r.period, key: r.key, events: Number(r.events), killed: Number(r.killed ?? 0) }));
  }

  /**
   * Items new beyond doubt are written together (a few statements per table: what a server charges for is
   * round trips) and content already stored is known at once; the rest, and all of them should the batch
   * fail, go one by one in a savepoint each, so that a failing document leaves nothing and the others are stored.
   */
  async function putAll(items: readonly PutItem[]): Promise<(PutResult | PutFailure)[]> {
    const checked = items.map((item) => checkItem(item));
    const at = timestamp();
    const [only] = checked;
    if (items.length === 1 && !(only instanceof Error)) {
      // One document: its transaction is all the atomicity it needs, without a savepoint's two round trips.
      const { doc, options: put } = items[0]!;
      try {
        return [await conn.transaction((tx) => putDocumentIn(tx, doc, only!, at, put?.contentHash ?? textHash(doc.text)))];
      } catch (error) {
        return [{ outcome: 'failed', doc_id: doc.id, error: error instanceof Error ? error : new Error(String(error)) }];
      }
    }
    return conn.transaction(async (tx) => {
      const results: (PutResult | PutFailure | undefined)[] = checked.map((events, i) =>
        events instanceof Error ? { outcome: 'failed', doc_id: items[i]!.doc.id, error: events } : undefined);
      const position = new Map<CheckedItem, number>();
      const valid = items.flatMap((item, i): CheckedItem[] => {
        const events = checked[i]!;
        if (events instanceof Error) return [];
        const c = { item, events, hash: item.options?.contentHash ?? textHash(item.doc.text) };
        position.set(c, i);
        return [c];
      });
      const { fresh, unchanged } = await sortBatch(tx, valid);
      for (const [c, result] of unchanged) results[position.get(c)!] = result;
      if (fresh.size > 1) {
        const batch = valid.filter((c) => fresh.has(c));
        await tx.run('SAVEPOINT put_batch');
        try {
          const written = await putFresh(tx, batch, at);
          await tx.run('RELEASE SAVEPOINT put_batch');
          batch.forEach((c, k) => (results[position.get(c)!] = written[k]));
        } catch {
          await tx.run('ROLLBACK TO SAVEPOINT put_batch');
          await tx.run('RELEASE SAVEPOINT put_batch');
        }
      }
      for (const c of valid) {
        const i = position.get(c)!;
        if (results[i] !== undefined) continue;
        await tx.run('SAVEPOINT put_document');
        try {
          results[i] = await putDocumentIn(tx, c.item.doc, c.events, at, c.hash);
          await tx.run('RELEASE SAVEPOINT put_document');
        } catch (error) {
          await tx.run('ROLLBACK TO SAVEPOINT put_document');
          await tx.run('RELEASE SAVEPOINT put_document');
          results[i] = { outcome: 'failed', doc_id: c.item.doc.id, error: error instanceof Error ? error : new Error(String(error)) };
        }
      }
      return results.map((r) => r!);
    });
  }

  /** The full records of a page, read by row id after the page is chosen: the sort never carries them. */
  async function recordsOf(keys: readonly EventKey[]): Promise<EventRecord[]> {
    if (keys.length === 0) return [];
    const rows = await conn.all<StoredEvent & { row_id: number | string }>(
      `SELECT e.row_id, ${STORED_EVENT_COLUMNS} FROM events e JOIN event_records r ON r.row_id = e.row_id WHERE e.row_id IN (${keys.map(() => '?').join(', ')})`,
      keys.map((k) => k.row_id),
    );
    const byRow = new Map(rows.map((r) => [String(r.row_id), r]));
    return keys.map((k) => {
      const row = byRow.get(String(k.row_id));
      if (row === undefined) throw new Error(`event ${k.id} has no stored record`);
      return expandRecord(row);
    });
  }

  return {
    location: options.location,

    async putDocument(doc: Document, events: readonly EventRecord[], putOptions: PutOptions = {}) {
      const [result] = await putAll([{ doc, events, options: putOptions }]);
      if (result!.outcome === 'failed') throw result!.error;
      return result!;
    },

    putDocuments: (items) => putAll(items),

    async getDocument(id) {
      const rows = await conn.all<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id = ? ORDER BY version DESC LIMIT 1`, [id]);
      return rows[0] ? documentFromRow(rows[0]) : null;
    },

    async documentHistory(key) {
      const rows = await conn.all<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE doc_key = ? ORDER BY version`, [key]);
      return rows.map(documentFromRow);
    },

    async getEvent(id) {
      return readEvent(conn, id);
    },

    async queryEvents(filter: EventFilter, page: PageRequest) {
      const { where } = await plan(filter);
      const after = page.cursor === undefined ? null : decodeCursor(page.cursor, ['string', 'string']);
      const keyset = after ? ' AND (e.sort_date < ? OR (e.sort_date = ? AND e.id < ?))' : '';
      const rows = await conn.all<EventKey>(
        `SELECT e.row_id, e.id, e.sort_date FROM events e WHERE ${where.sql}${keyset} ORDER BY e.sort_date DESC, e.id DESC LIMIT ?`,
        [...where.params, ...(after ? [after[0]!, after[0]!, after[1]!] : []), page.limit + 1],
      );
      const shown = rows.slice(0, page.limit);
      const last = shown[shown.length - 1];
      return {
        events: await recordsOf(shown),
        next_cursor: rows.length > page.limit && last ? encodeCursor([last.sort_date, last.id]) : null,
      };
    },

    async changesSince(since: string, page: PageRequest) {
      const after = page.cursor === undefined ? 0 : Number(decodeCursor(page.cursor, ['number'])[0]);
      const rows = await conn.all<{ seq: number | string; at: string; op: Change['op']; event_id: string; doc_id: string }>(
        'SELECT seq, at, op, event_id, doc_id FROM changes WHERE at > ? AND seq > ? ORDER BY seq LIMIT ?',
        [since, after, page.limit + 1],
      );
      const changes = rows.slice(0, page.limit).map((r) => ({ ...r, seq: Number(r.seq) }));
      const last = changes[changes.length - 1];
      return { changes, next_cursor: rows.length > page.limit && last ? encodeCursor([last.seq]) : null };
    },

    async timeline(filter: EventFilter, options: TimelineOptions) {
      const counted = (await snapshot.timeline(filter, options)) ?? (await sqlTimeline(filter, options));
      const kept = options.top === undefined ? counted : keepTopKeys(counted, options.top);
      // Sorted here: the engines disagree on where NULL keys go, and actors sort by name, not key.
      return sortBuckets(options.group_by === 'actor' ? await namedByActor(conn, kept) : [...kept]);
    },

    eventClusters: async (filter: EventFilter, view: MapView) =>
      (await snapshot.clusters(filter, view)) ?? queryEventClusters(conn, filter, view, options.driveBelow, options.listBelow),

    async countEvents(filter: EventFilter) {
      const held = await snapshot.count(filter);
      if (held) return held;
      const { where } = await plan(filter);
      const rows = await conn.all<{ kind: string; n: number | string }>(`SELECT e.kind, count(*) AS n FROM events e WHERE ${where.sql} GROUP BY e.kind`, where.params);
      const by_kind = { incident: 0, aggregate: 0 };
      for (const r of rows) if (r.kind === 'incident' || r.kind === 'aggregate') by_kind[r.kind] = Number(r.n);
      return { events: rows.reduce((sum, r) => sum + Number(r.n), 0), by_kind };
    },

    dataVersion: () => readDataVersion(conn),

    warm: () => snapshot.warm(),

    async summarise() {
      const [docs] = await conn.all<{ n: number | string }>('SELECT count(*) AS n FROM documents WHERE superseded_at IS NULL');
      const types = await conn.all<{ event_type: string | null; n: number | string }>(
        'SELECT event_type, count(*) AS n FROM events GROUP BY event_type ORDER BY 2 DESC, 1',
      );
      const by_type = Object.fromEntries(types.map((t) => [t.event_type ?? '(untyped)', Number(t.n)]));
      return { documents: Number(docs?.n ?? 0), events: Object.values(by_type).reduce((a, b) => a + b, 0), by_type };
    },

    close: () => conn.close(),
  };
}

function documentFromRow(row: DocumentRow): StoredDocument {
  const { doc_key, version, ...rest } = row;
  return { ...rest, key: doc_key, version: Number(version) };
}

/** Validated events, or why the item cannot be stored; checked before any writing. */
export function checkItem(item: PutItem): EventRecord[] | Error {
  try {
    const events = item.events.map((e) => EventRecordSchema.parse(e));
    const stray = events.find((e) => e.doc_id !== item.doc.id);
    return stray ? new Error(`event ${stray.id} belongs to document ${stray.doc_id}, not ${item.doc.id}`) : events;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}
