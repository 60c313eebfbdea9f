import { CLAIM_REVIEWS_MIGRATION } from '../sql/claim-review-schema.ts';
import { incidentMigrationStatements } from '../sql/incident-schema.ts';
import type { Migration } from '../sql/sql-connection.ts';

/**
 * SQLite's schema, by version. Never edit a shipped migration: add the next one. The tables match
 * PostgreSQL's column for column, so that the shared SQL runs on both; only full text differs (FTS5).
 */
export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, events, reporters, changes, full text',
    statements: [
      `CREATE TABLE documents (
        row_id INTEGER PRIMARY KEY,
        id TEXT NOT NULL, doc_key TEXT NOT NULL, url TEXT, source TEXT, title TEXT, published TEXT, language TEXT,
        text TEXT NOT NULL, content_hash TEXT NOT NULL, version INTEGER NOT NULL,
        ingested_at TEXT NOT NULL, superseded_at TEXT,
        UNIQUE (doc_key, version))`,
      'CREATE UNIQUE INDEX documents_current_id ON documents (id) WHERE superseded_at IS NULL',
      'CREATE INDEX documents_hash ON documents (content_hash)',
      `CREATE TABLE events (
        id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, kind TEXT NOT NULL, sort_date TEXT NOT NULL,
        event_type TEXT, country TEXT, iso3 TEXT, admin1 TEXT, actor1_key TEXT, actor2_key TEXT,
        latitude REAL, longitude REAL, killed_best INTEGER, record TEXT NOT NULL, updated_at TEXT NOT NULL)`,
      // Each filter that narrows most lists gets an index that also serves the newest-first order.
      'CREATE INDEX events_sort ON events (sort_date, id)',
      'CREATE INDEX events_country ON events (country, sort_date, id)',
      'CREATE INDEX events_iso3 ON events (iso3, sort_date, id)',
      'CREATE INDEX events_admin1 ON events (admin1, sort_date, id)',
      'CREATE INDEX events_type ON events (event_type, sort_date, id)',
      'CREATE INDEX events_doc ON events (doc_id)',
      'CREATE INDEX events_killed ON events (killed_best)',
      'CREATE INDEX events_place ON events (latitude, longitude)',
      `CREATE TABLE event_reporters (event_id TEXT NOT NULL, reporter_key TEXT NOT NULL, PRIMARY KEY (event_id, reporter_key))`,
      'CREATE INDEX event_reporters_key ON event_reporters (reporter_key, event_id)',
      `CREATE TABLE changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, op TEXT NOT NULL, event_id TEXT NOT NULL, doc_id TEXT NOT NULL)`,
      'CREATE INDEX changes_at ON changes (at)',
      // External-content FTS: the text is stored once, in documents; triggers keep the index in step.
      `CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='row_id', tokenize='unicode61 remove_diacritics 0')`,
      `CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
         INSERT INTO documents_fts (rowid, title, text) VALUES (new.row_id, new.title, new.text); END`,
      `CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
         INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.row_id, old.title, old.text); END`,
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
    statements: incidentMigrationStatements('sqlite'),
  },
  {
    version: 4,
    name: 'events with integer row ids, records apart and compact, actor names, R*Tree over places',
    statements: [
      // The rebuild drops and renames `events`; tables whose foreign keys point at it are checked at commit.
      'PRAGMA defer_foreign_keys = ON',
      'CREATE TABLE actors (key TEXT PRIMARY KEY) WITHOUT ROWID',
      `INSERT OR IGNORE INTO actors (key)
         SELECT actor1_key FROM events WHERE actor1_key IS NOT NULL UNION SELECT actor2_key FROM events WHERE actor2_key IS NOT NULL`,
      // An INTEGER PRIMARY KEY keeps its values across VACUUM, so the R*Tree and records can point at it.
      `CREATE TABLE events_v4 (
        row_id INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, doc_id TEXT NOT NULL, kind TEXT NOT NULL, sort_date TEXT NOT NULL,
        event_type TEXT, country TEXT, iso3 TEXT, admin1 TEXT, actor1_key TEXT, actor2_key TEXT,
        latitude REAL, longitude REAL, killed_best INTEGER, updated_at TEXT NOT NULL)`,
      'INSERT INTO events_v4 (id, doc_id, kind, sort_date, event_type, country, iso3, admin1, actor1_key, actor2_key, latitude, longitude, killed_best, updated_at) SELECT id, doc_id, kind, sort_date, event_type, country, iso3, admin1, actor1_key, actor2_key, latitude, longitude, killed_best, updated_at FROM events ORDER BY rowid',
      'CREATE TABLE event_records (row_id INTEGER PRIMARY KEY, record TEXT NOT NULL)',
      // A merge patch onto {} drops the null fields, and what the row holds goes, as in `compactRecord` (its ROW_FIELDS, spelled out: a shipped migration never changes).
      `INSERT INTO event_records (row_id, record)
         SELECT n.row_id, json_remove(json_patch('{}', o.record), '$.id', '$.doc_id', '$.kind', '$.event_type', '$.country', '$.iso3', '$.admin1', '$.latitude', '$.longitude', '$.killed_best')
         FROM events o JOIN events_v4 n ON n.id = o.id`,
      'DROP TABLE events',
      'ALTER TABLE events_v4 RENAME TO events',
      'CREATE INDEX events_sort ON events (sort_date, id)',
      'CREATE INDEX events_country ON events (country, sort_date, id)',
      'CREATE INDEX events_iso3 ON events (iso3, sort_date, id)',
      'CREATE INDEX events_admin1 ON events (admin1, sort_date, id)',
      'CREATE INDEX events_type ON events (event_type, sort_date, id)',
      'CREATE INDEX events_doc ON events (doc_id)',
      'CREATE INDEX events_killed ON events (killed_best)',
      'CREATE INDEX events_actor1 ON events (actor1_key)',
      'CREATE INDEX events_actor2 ON events (actor2_key)',
      // Without a rowid, the primary key is the table: one b-tree fewer.
      'CREATE TABLE event_reporters_v4 (event_id TEXT NOT NULL, reporter_key TEXT NOT NULL, PRIMARY KEY (event_id, reporter_key)) WITHOUT ROWID',
      'INSERT INTO event_reporters_v4 (event_id, reporter_key) SELECT event_id, reporter_key FROM event_reporters',
      'DROP TABLE event_reporters',
      'ALTER TABLE event_reporters_v4 RENAME TO event_reporters',
      'CREATE INDEX event_reporters_key ON event_reporters (reporter_key, event_id)',
      'CREATE VIRTUAL TABLE events_rtree USING rtree(row_id, min_lon, max_lon, min_lat, max_lat)',
      `INSERT INTO events_rtree (row_id, min_lon, max_lon, min_lat, max_lat)
         SELECT row_id, longitude, longitude, latitude, latitude FROM events WHERE latitude IS NOT NULL AND longitude IS NOT NULL`,
      `CREATE TRIGGER events_rtree_insert AFTER INSERT ON events WHEN new.latitude IS NOT NULL AND new.longitude IS NOT NULL BEGIN
         INSERT INTO events_rtree (row_id, min_lon, max_lon, min_lat, max_lat) VALUES (new.row_id, new.longitude, new.longitude, new.latitude, new.latitude); END`,
      `CREATE TRIGGER events_rtree_delete AFTER DELETE ON events BEGIN
         DELETE FROM events_rtree WHERE row_id = old.row_id; END`,
      `CREATE TRIGGER events_rtree_update AFTER UPDATE OF latitude, longitude ON events BEGIN
         DELETE FROM events_rtree WHERE row_id = old.row_id;
         INSERT INTO events_rtree (row_id, min_lon, max_lon, min_lat, max_lat)
           SELECT new.row_id, new.longitude, new.longitude, new.latitude, new.latitude WHERE new.latitude IS NOT NULL AND new.longitude IS NOT NULL; END`,
    ],
  },
  {
    version: 5,
    name: 'event reviews; the audit log (if incidents have not made it yet)',
    statements: [
      // audit_log is shared with the incident reviews (migration 3), in exactly the same shape; created here
      // too so that event reviews work on a database that has no incidents yet.
      `CREATE TABLE IF NOT EXISTS audit_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor TEXT NOT NULL, entity TEXT NOT NULL,
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
    name: "events know their document's row; the date index carries what the filters check while walking it",
    statements: [
      // The full text answers with document row ids: events that carry theirs are matched without a join.
      'ALTER TABLE events ADD COLUMN doc_row INTEGER',
      'UPDATE events SET doc_row = (SELECT d.row_id FROM documents d WHERE d.id = events.doc_id AND d.superseded_at IS NULL)',
      'CREATE INDEX events_doc_row ON events (doc_row)',
      // Walking newest-first, the place, the document and the id (for reporters) are checked from the
      // index entry alone, without reading each row.
      'DROP INDEX events_sort',
      'CREATE INDEX events_sort ON events (sort_date, id, latitude, longitude, doc_row)',
    ],
  },
  {
    version: 7,
    name: 'geo_precision on the event row, for map clusters',
    statements: [
      // The map groups exact places apart from areas over every matching row: a column, not a JSON read per row.
      'ALTER TABLE events ADD COLUMN geo_precision INTEGER',
      `UPDATE events SET geo_precision = (SELECT json_extract(r.record, '$.geo_precision') FROM event_records r WHERE r.row_id = events.row_id)`,
    ],
  },
  CLAIM_REVIEWS_MIGRATION,
];
