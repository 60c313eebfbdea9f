/**
 * Migration 3, the incident tables, for both engines: `serial` and `collate` are what differ. The audit log
 * is generic (any entity, any actor), shared with the dashboard's edits.
 */
export function incidentMigrationStatements(engine: 'sqlite' | 'postgres'): string[] {
  const serial = engine === 'sqlite' ? 'INTEGER PRIMARY KEY AUTOINCREMENT' : 'BIGSERIAL PRIMARY KEY';
  // Byte order on PostgreSQL, as SQLite compares text, so that both engines page in the same order.
  const c = engine === 'sqlite' ? '' : ' COLLATE "C"';
  return [
    `CREATE TABLE incidents (
      id TEXT${c} PRIMARY KEY, kind TEXT NOT NULL, sort_date TEXT${c} NOT NULL, country TEXT, iso3 TEXT, admin1 TEXT${c},
      event_type TEXT, grade TEXT NOT NULL, killed_best INTEGER, fatalities INTEGER, events INTEGER NOT NULL,
      locked INTEGER NOT NULL, record TEXT NOT NULL, updated_at TEXT NOT NULL)`,
    'CREATE INDEX incidents_sort ON incidents (sort_date, id)',
    'CREATE INDEX incidents_country ON incidents (country, sort_date, id)',
    'CREATE INDEX incidents_iso3 ON incidents (iso3, sort_date, id)',
    'CREATE INDEX incidents_admin1 ON incidents (admin1, sort_date, id)',
    // words and wire: what reconciliation read from the document's text, so that later runs need no text.
    `CREATE TABLE incident_events (
      event_id TEXT${c} PRIMARY KEY, incident_id TEXT NOT NULL, doc_id TEXT NOT NULL, words TEXT NOT NULL, wire TEXT)`,
    'CREATE INDEX incident_events_incident ON incident_events (incident_id)',
    `CREATE TABLE IF NOT EXISTS audit_log (seq ${serial}, at TEXT NOT NULL, actor TEXT NOT NULL, entity TEXT NOT NULL,
      entity_id TEXT NOT NULL, action TEXT NOT NULL, before_json TEXT, after_json TEXT)`,
    'CREATE INDEX IF NOT EXISTS audit_log_entity ON audit_log (entity, entity_id, seq)',
    'CREATE INDEX IF NOT EXISTS audit_log_at ON audit_log (at)',
  ];
}
