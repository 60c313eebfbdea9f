import { z } from 'zod';
import type { Document } from '../core/document.ts';
import type { EventRecord } from '../core/event.ts';
import type { EventFilter, PageRequest, TimelineOptions } from './event-filter.ts';
import type { EventClusters, MapView } from './event-clusters.ts';

/**
 * The storage port: one interface, several engines (SQLite embedded, PostgreSQL for teams), all held to
 * `store.contract.ts`. Every write is per document and atomic; the same document twice changes nothing.
 */

export const StoredDocumentSchema = z.object({
  id: z.string(),
  /** What makes two documents versions of one another: the url, else the id. */
  key: z.string(),
  url: z.string().nullable(),
  source: z.string().nullable(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  language: z.string().nullable(),
  text: z.string(),
  content_hash: z.string(),
  version: z.number().int().positive(),
  ingested_at: z.string(),
  /** Set when a newer version of the same url replaced this one; its events are gone, the text is kept. */
  superseded_at: z.string().nullable(),
});
export type StoredDocument = z.infer<typeof StoredDocumentSchema>;

export const PutOutcomeSchema = z.enum(['inserted', 'replaced', 'unchanged']);
export type PutOutcome = z.infer<typeof PutOutcomeSchema>;

export interface PutResult {
  readonly outcome: PutOutcome;
  /** The stored document this content lives in (for 'unchanged', the earlier one). */
  readonly doc_id: string;
  readonly version: number;
  readonly events_written: number;
  readonly events_deleted: number;
}

export interface PutOptions {
  /**
   * What identifies this content, when more than the text does (an imported ACLED row: every coded
   * column). Default: the sha256 of the text.
   */
  readonly contentHash?: string;
}

export interface PutItem {
  readonly doc: Document;
  readonly events: readonly EventRecord[];
  readonly options?: PutOptions;
}

export interface PutFailure {
  readonly outcome: 'failed';
  readonly doc_id: string;
  readonly error: Error;
}

export interface EventPage {
  readonly events: readonly EventRecord[];
  /** Pass back to get the next page; null on the last page. */
  readonly next_cursor: string | null;
}

export const ChangeSchema = z.object({
  seq: z.number().int().positive(),
  at: z.string(),
  op: z.enum(['upsert', 'delete']),
  event_id: z.string(),
  doc_id: z.string(),
});
export type Change = z.infer<typeof ChangeSchema>;

export interface ChangePage {
  readonly changes: readonly Change[];
  readonly next_cursor: string | null;
}

export const TimelineBucketSchema = z.object({
  /** The day, or the Monday that starts the ISO week. */
  period: z.string(),
  key: z.string().nullable(),
  events: z.number().int().nonnegative(),
  killed: z.number().int().nonnegative(),
});
export type TimelineBucket = z.infer<typeof TimelineBucketSchema>;

/** How many events match a filter, and of those how many are incidents and how many tallies (`kind`). */
export const EventCountsSchema = z.object({
  events: z.number().int().nonnegative(),
  by_kind: z.object({ incident: z.number().int().nonnegative(), aggregate: z.number().int().nonnegative() }),
});
export type EventCounts = z.infer<typeof EventCountsSchema>;

export interface StoreSummary {
  readonly documents: number;
  readonly events: number;
  readonly by_type: Readonly<Record<string, number>>;
}

export interface EventStore {
  /** Where the data lives, for people: a file path or a database url without its password. */
  readonly location: string;
  /** Stores one document and the events read from it, in one transaction. */
  putDocument(doc: Document, events: readonly EventRecord[], options?: PutOptions): Promise<PutResult>;
  /**
   * Many documents in one transaction, each inside a savepoint of its own: a document that fails leaves
   * nothing of itself and the others are still stored. Much faster than one transaction per document for
   * bulk loads (one commit, one full-text flush). Results in input order.
   */
  putDocuments(items: readonly PutItem[]): Promise<readonly (PutResult | PutFailure)[]>;
  getDocument(id: string): Promise<StoredDocument | null>;
  /** Every version of the document stored under `key` (url or id), oldest first. */
  documentHistory(key: string): Promise<readonly StoredDocument[]>;
  getEvent(id: string): Promise<EventRecord | null>;
  /** Newest first (event date, then id); stable under inserts thanks to keyset cursors. */
  queryEvents(filter: EventFilter, page: PageRequest): Promise<EventPage>;
  /** Upserts and deletions after `since` (an ISO timestamp), in the order they happened. */
  changesSince(since: string, page: PageRequest): Promise<ChangePage>;
  /** Events and killed (best figure) per day or ISO week, split by event type or admin1. */
  timeline(filter: EventFilter, options: TimelineOptions): Promise<readonly TimelineBucket[]>;
  /** What a map draws for the matching events in a view: grid clusters and areas (see `event-clusters.ts`). */
  eventClusters(filter: EventFilter, view: MapView): Promise<EventClusters>;
  /** The events matching the filter, counted: what a list says it holds, tallies apart from incidents. */
  countEvents(filter: EventFilter): Promise<EventCounts>;
  /**
   * Changes whenever anything a reader sees may have changed (events written or deleted, reviews, incident
   * edits), from any process: what caches of query results are keyed on.
   */
  dataVersion(): Promise<string>;
  summarise(): Promise<StoreSummary>;
  /** Prepares what the store keeps in memory for its queries, so that the first request finds it ready. */
  warm(): Promise<void>;
  close(): Promise<void>;
}

/** Thrown for a cursor that this store did not hand out; callers answer it as a bad request. */
export class BadCursorError extends Error {
  constructor() {
    super('cursor is not one this store handed out');
    this.name = 'BadCursorError';
  }
}
