import { CLAIM_REVIEWS_MIGRATION } from '../sql/claim-review-schema.ts';
import { incidentMigrationStatements } from '../sql/incident-schema.ts';
import type { Migration } from '../sql/sql-connection.ts';

/**
 * PostgreSQL's schema, by version; the same tables and columns as SQLite's so that one set of queries
 * serves both. Full text is a stored tsvector column with a GIN index; the 'simple' configuration (no stemming, no
 * stop words) matches words exactly as SQLite's unicode61 tokenizer does, so both engines find the same documents.
 */
export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, events, reporters, changes, full text',
    statements: [
      `CREATE TABLE documents (
        row_id BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL, doc_key TEXT NOT NULL, url TEXT, source TEXT, title TEXT, published TEXT, language TEXT,
        text TEXT NOT NULL, content_hash TEXT NOT NULL, version INTEGER NOT NULL,
        ingested_at TEXT NOT NULL, superseded_at TEXT,
        search tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED,
        UNIQUE (doc_key, version))`,
      'CREATE UNIQUE INDEX documents_current_id ON documents (id) WHERE superseded_at IS NULL',
      'CREATE INDEX documents_hash ON documents (content_hash)',
      'CREATE INDEX documents_search ON documents USING GIN (search)',
      // COLLATE "C": byte order, as SQLite compares text, so that both engines page in the same order.
      `CREATE TABLE events (
        id TEXT COLLATE "C" PRIMARY KEY, doc_id TEXT NOT NULL, kind TEXT NOT NULL, sort_date TEXT COLLATE "C" NOT NULL,
        event_type TEXT, country TEXT, iso3 TEXT, admin1 TEXT COLLATE "C", actor1_key TEXT, actor2_key TEXT,
        latitude DOUBLE PRECISION, longitude DOUBLE PRECISION, killed_best INTEGER, record TEXT NOT NULL, updated_at TEXT NOT NULL)`,
      'CREATE INDEX events_sort ON events (sort_date, id)',
      'CREATE INDEX events_country ON events (country, sort_date, id)',
      'CREATE INDEX events_iso3 ON events (iso3, sort_date, id)',
      'CREATE INDEX events_admin1 ON events (admin1, sort_date, id)',
      'CREATE INDEX events_type ON events (event_type, sort_date, id)',
      'CREATE INDEX events_doc ON events (doc_id)',
      'CREATE INDEX events_killed ON events (killed_best)',
      'CREATE INDEX events_place ON events (latitude, longitude)',
      'CREATE TABLE event_reporters (event_id TEXT NOT NULL, reporter_key TEXT NOT NULL, PRIMARY KEY (event_id, reporter_key))',
      'CREATE INDEX event_reporters_key ON event_reporters (reporter_key, event_id)',
      'CREATE TABLE changes (seq BIGSERIAL PRIMARY KEY, at TEXT COLLATE "C" NOT NULL, op TEXT NOT NULL, event_id TEXT NOT NULL, doc_id TEXT NOT NULL)',
      'CREATE INDEX changes_at ON changes (at)',
    ],
  },
  {
    version: 2,
    name: 'users and API tokens (hashed)',
    statements: [
      'CREATE TABLE users (name TEXT PRIMARY KEY, role TEXT NOT NULL, created_at TEXT NOT NULL)',
      `CREATE TABLE api_tokens (
        id TEXT PRIMARY KEY, user_name TEXT NOT NULL REFERENCES users (name), token_hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL, revoked_at TEXT)`,
      'CREATE INDEX api_tokens_user ON api_tokens (user_name)',
    ],
  },
  {
    version: 3,
    name: 'incidents, incident events, audit log',
    statements: incidentMigrationStatements('postgres'),
  },
  {
    version: 4,
    name: 'events with row ids, records apart and compact, actor names, GiST over places',
    statements: [
      'CREATE TABLE actors (key TEXT PRIMARY KEY)',
      `INSERT INTO actors (key)
         SELECT actor1_key FROM events WHERE actor1_key IS NOT NULL UNION SELECT actor2_key FROM events WHERE actor2_key IS NOT NULL`,
      'ALTER TABLE events ADD COLUMN row_id BIGSERIAL',
      'CREATE UNIQUE INDEX events_row ON events (row_id)',
      'CREATE TABLE event_records (row_id BIGINT PRIMARY KEY, record TEXT NOT NULL)',
      // The top-level nulls and what the row holds go, as in `compactRecord` (its ROW_FIELDS, spelled out: a shipped migration never changes); json, not jsonb, keeps nested key order.
      `INSERT INTO event_records (row_id, record)
         SELECT e.row_id, coalesce((SELECT json_object_agg(f.key, f.value) FROM json_each(e.record::json) f
           WHERE json_typeof(f.value) <> 'null' AND f.key NOT IN ('id', 'doc_id', 'kind', 'event_type', 'country', 'iso3', 'admin1', 'latitude', 'longitude', 'killed_best'))::text, '{}') FROM events e`,
      'ALTER TABLE events DROP COLUMN record',
      'DROP INDEX events_place',
      'CREATE INDEX events_place ON events USING gist (point(longitude, latitude))',
      'CREATE INDEX events_actor1 ON events (actor1_key)',
      'CREATE INDEX events_actor2 ON events (actor2_key)',
    ],
  },
  {
    version: 5,
    name: 'event reviews; the audit log (if incidents have not made it yet)',
    statements: [
      // audit_log is shared with the incident reviews (migration 3), in exactly the same shape; created here
      // too so that event reviews work on a database that has no incidents yet.
      `CREATE TABLE IF NOT EXISTS audit_log (
        seq BIGSERIAL PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, entity TEXT NOT NULL,
        entity_id TEXT NOT NULL, action TEXT NOT NULL, before_json TEXT, after_json TEXT)`,
      'CREATE INDEX IF NOT EXISTS audit_log_entity ON audit_log (entity, entity_id, seq)',
      // The value an analyst set per event field, and the automatic value it replaced (for reverts); later
      // automatic runs writing the same event get the reviewed value back.
      `CREATE TABLE event_reviews (
        event_id TEXT NOT NULL, field TEXT NOT NULL, value_json TEXT NOT NULL, original_json TEXT NOT NULL,
        at TEXT NOT NULL, actor TEXT NOT NULL, PRIMARY KEY (event_id, field))`,
    ],
  },
  {
    version: 6,
    name: "events know their document's row",
    statements: [
      // The full-text subquery then yields document row ids that events are matched against directly.
      'ALTER TABLE events ADD COLUMN doc_row BIGINT',
      'UPDATE events e SET doc_row = d.row_id FROM documents d WHERE d.id = e.doc_id AND d.superseded_at IS NULL',
      'CREATE INDEX events_doc_row ON events (doc_row)',
    ],
  },
  {
    version: 7,
    name: 'geo_precision on the event row, for map clusters',
    statements: [
      'ALTER TABLE events ADD COLUMN geo_precision INTEGER',
      `UPDATE events e SET geo_precision = (r.record::json ->> 'geo_precision')::integer FROM event_records r WHERE r.row_id = e.row_id`,
    ],
  },
  CLAIM_REVIEWS_MIGRATION,
];
