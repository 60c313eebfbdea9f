import type { IncidentRecord } from '../../core/incident.ts';
import type { SqlExecutor, SqlValue } from './sql-connection.ts';

/** How an incident sits in its table: the whole record as JSON beside the columns filters and indexes need. */
const COLUMNS = ['id', 'kind', 'sort_date', 'country', 'iso3', 'admin1', 'event_type', 'grade', 'killed_best', 'fatalities', 'events', 'locked', 'record', 'updated_at'];
const UPDATES = COLUMNS.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`).join(', ');

// Rows per multi-row statement: far below either engine's limit on parameters.
const CHUNK = 100;

function incidentRow(incident: IncidentRecord, at: string): SqlValue[] {
  return [
    incident.id, incident.kind, incident.date_start ?? '', incident.country, incident.iso3, incident.admin1, incident.event_type,
    incident.grade, incident.figures.killed?.best ?? null, incident.fatalities, incident.event_ids.length, incident.locked ? 1 : 0,
    JSON.stringify(incident), at,
  ];
}

export async function upsertIncident(tx: SqlExecutor, incident: IncidentRecord, at: string): Promise<void> {
  await tx.run(
    `INSERT INTO incidents (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')}) ON CONFLICT (id) DO UPDATE SET ${UPDATES}`,
    incidentRow(incident, at),
  );
}

/** New incidents, many rows per statement: a first run over a large store writes tens of thousands. */
export async function insertIncidents(tx: SqlExecutor, incidents: readonly IncidentRecord[], at: string): Promise<void> {
  await insertRows(tx, 'incidents', COLUMNS, incidents.map((i) => incidentRow(i, at)));
}

export function incidentFromRow(row: { record: string }): IncidentRecord {
  return JSON.parse(row.record) as IncidentRecord;
}

export async function insertRows(tx: SqlExecutor, table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[]): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    await tx.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}`, chunk.flat());
  }
}

/** Runs `query` over `values` in chunks of an IN list: `query` gets the placeholders and returns rows. */
export async function inChunks<T>(values: readonly string[], query: (placeholders: string, chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for (let start = 0; start < values.length; start += 500) {
    const chunk = values.slice(start, start + 500);
    rows.push(...(await query(chunk.map(() => '?').join(', '), chunk)));
  }
  return rows;
}

export interface AuditWrite {
  readonly entity_id: string;
  readonly action: string;
  readonly before: unknown;
  readonly after: unknown;
}

export async function writeAudit(tx: SqlExecutor, at: string, actor: string, entries: readonly AuditWrite[]): Promise<void> {
  const json = (v: unknown): string | null => (v === null || v === undefined ? null : JSON.stringify(v));
  await insertRows(
    tx,
    'audit_log',
    ['at', 'actor', 'entity', 'entity_id', 'action', 'before_json', 'after_json'],
    entries.map((e) => [at, actor, 'incident', e.entity_id, e.action, json(e.before), json(e.after)]),
  );
}
