import { z } from 'zod';
import type { SqlExecutor } from '../sql/sql-connection.ts';

/**
 * One row of `audit_log`, as both review ports (events, incidents) and the API give it: before and after
 * stay the JSON text the row holds, so that an entry reads the same whatever its entity; `auditValues`
 * parses them for code that needs the values.
 */
export const AuditEntrySchema = z.object({
  seq: z.number().int().positive(),
  at: z.string(),
  actor: z.string(),
  entity: z.string(),
  entity_id: z.string(),
  action: z.string(),
  before_json: z.string().nullable(),
  after_json: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AUDIT_COLUMNS = 'seq, at, actor, entity, entity_id, action, before_json, after_json';

/** An entry from a row as either engine returns it (PostgreSQL's BIGSERIAL comes back as text). */
export function auditEntryOf(row: Record<string, unknown>): AuditEntry {
  return AuditEntrySchema.parse({ ...row, seq: Number(row['seq']) });
}

/** The before and after values of an entry, parsed. */
export function auditValues(entry: AuditEntry): { before: unknown; after: unknown } {
  const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));
  return { before: parse(entry.before_json), after: parse(entry.after_json) };
}

export interface AuditFilter {
  readonly seq?: number;
  readonly entity?: string;
  readonly entity_id?: string;
  /** Only entries after this sequence number. */
  readonly after?: number;
  readonly limit: number;
  readonly order: 'oldest' | 'newest';
}

/** Entries matching `filter`, in the order it asks for. */
export async function readAudit(tx: SqlExecutor, filter: AuditFilter): Promise<AuditEntry[]> {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (filter.seq !== undefined) (where.push('seq = ?'), params.push(filter.seq));
  if (filter.after !== undefined) (where.push('seq > ?'), params.push(filter.after));
  if (filter.entity !== undefined) (where.push('entity = ?'), params.push(filter.entity));
  if (filter.entity_id !== undefined) (where.push('entity_id = ?'), params.push(filter.entity_id));
  const rows = await tx.all<Record<string, unknown>>(
    `SELECT ${AUDIT_COLUMNS} FROM audit_log${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY seq ${filter.order === 'oldest' ? 'ASC' : 'DESC'} LIMIT ?`,
    [...params, filter.limit],
  );
  return rows.map(auditEntryOf);
}

/** Writes one entry and returns it as stored. */
export async function writeAuditEntry(
  tx: SqlExecutor,
  entry: { at: string; actor: string; entity: string; entity_id: string; action: string; before: unknown; after: unknown },
): Promise<AuditEntry> {
  const json = (v: unknown): string | null => (v === null || v === undefined ? null : JSON.stringify(v));
  const [row] = await tx.all<Record<string, unknown>>(
    `INSERT INTO audit_log (at, actor, entity, entity_id, action, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING ${AUDIT_COLUMNS}`,
    [entry.at, entry.actor, entry.entity, entry.entity_id, entry.action, json(entry.before), json(entry.after)],
  );
  return auditEntryOf(row!);
}

/** One entry by its sequence number, or null. */
export async function auditEntryAt(tx: SqlExecutor, seq: number): Promise<AuditEntry | null> {
  const [row] = await tx.all<Record<string, unknown>>(`SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE seq = ?`, [seq]);
  return row ? auditEntryOf(row) : null;
}
