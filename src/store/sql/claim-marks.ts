import type { ClaimRef, IncidentRecord } from '../../core/incident.ts';
import { claimKey, withClaimMarks, type ClaimMark } from '../../reconcile/contested-claims.ts';
import { auditEntryAt, auditValues, writeAuditEntry, type AuditEntry } from '../audit/audit-entry.ts';
import { IncidentRequestError } from '../incidents.ts';
import { inChunks, upsertIncident } from './incident-rows.ts';
import type { SqlExecutor } from './sql-connection.ts';

/**
 * Analysts' marks on claims (migration 9): every incident written, by an automatic run or a person's
 * merge or split, is written with the marks on its claims; marking a claim rewrites its incident at once.
 */

interface MarkRow {
  readonly event_id: string;
  readonly field: string;
  readonly span_start: number | string;
  readonly span_end: number | string;
  readonly reason: string;
  readonly at: string;
  readonly actor: string;
}

/** What a mark's audit entry holds before and after: the claim, its mark (or none), and the figures. */
interface MarkState {
  readonly claim: ClaimRef;
  readonly contested: { reason: string; actor: string; at: string } | null;
  readonly figures: IncidentRecord['figures'];
}

export const MARK_ACTIONS = ['contest', 'uncontest'] as const;

async function marksOf(tx: SqlExecutor, eventIds: readonly string[]): Promise<ClaimMark[]> {
  // Most stores have no mark at all: one cheap look spares a query per chunk of a large first run.
  if ((await tx.all('SELECT 1 AS one FROM claim_reviews LIMIT 1')).length === 0) return [];
  const rows = await inChunks(eventIds, (marks, chunk) => tx.all<MarkRow>(`SELECT * FROM claim_reviews WHERE status = 'contested' AND event_id IN (${marks})`, chunk));
  return rows.map((r) => ({ event_id: r.event_id, field: r.field, start: Number(r.span_start), end: Number(r.span_end), reason: r.reason, actor: r.actor, at: r.at }));
}

/** The incidents with the stored marks on their claims. */
export async function markedIncidents(tx: SqlExecutor, incidents: readonly IncidentRecord[]): Promise<IncidentRecord[]> {
  const marks = await marksOf(tx, [...new Set(incidents.flatMap((i) => i.event_ids))]);
  // A flag whose mark is gone is cleared as well: the table, not the record, says what is contested.
  const byEvent = new Map<string, ClaimMark[]>();
  for (const mark of marks) byEvent.set(mark.event_id, [...(byEvent.get(mark.event_id) ?? []), mark]);
  return incidents.map((incident) => {
    const own = incident.event_ids.flatMap((id) => byEvent.get(id) ?? []);
    return own.length === 0 && !incident.claims.some((c) => c.contested) ? incident : withClaimMarks(incident, own);
  });
}

async function incidentHolding(tx: SqlExecutor, incidentId: string | null, claim: ClaimRef): Promise<IncidentRecord> {
  const id = incidentId ?? (await tx.all<{ incident_id: string }>('SELECT incident_id FROM incident_events WHERE event_id = ?', [claim.event_id]))[0]?.incident_id;
  const [row] = id === undefined ? [] : await tx.all<{ record: string }>('SELECT record FROM incidents WHERE id = ?', [id]);
  if (!row) throw new IncidentRequestError(incidentId === null ? `event ${claim.event_id} is in no incident` : `no incident ${incidentId}`);
  const incident = JSON.parse(row.record) as IncidentRecord;
  if (!incident.claims.some((c) => claimKey(c) === claimKey(claim))) {
    throw new IncidentRequestError(`incident ${incident.id} has no ${claim.field} claim of event ${claim.event_id} at ${claim.start}-${claim.end}`);
  }
  return incident;
}

/**
 * Sets (a mark) or clears (null) the mark on one claim of `incidentId` (null: whichever incident holds the
 * claim now), rewrites the incident and audits the change. Clearing a claim not marked is refused.
 */
export async function setClaimMark(
  tx: SqlExecutor, incidentId: string | null, claim: ClaimRef, mark: { reason: string } | null, actor: string, at: string, action: string,
): Promise<{ incident: IncidentRecord; audit: AuditEntry }> {
  const incident = await incidentHolding(tx, incidentId, claim);
  const held = incident.claims.find((c) => claimKey(c) === claimKey(claim))!;
  if (mark === null && !held.contested) throw new IncidentRequestError(`the ${claim.field} claim of event ${claim.event_id} is not contested`);
  const key = [claim.event_id, claim.field, claim.start, claim.end];
  await tx.run('DELETE FROM claim_reviews WHERE event_id = ? AND field = ? AND span_start = ? AND span_end = ?', key);
  if (mark) await tx.run('INSERT INTO claim_reviews (event_id, field, span_start, span_end, status, reason, at, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [...key, 'contested', mark.reason, at, actor]);
  const [after] = (await markedIncidents(tx, [incident])) as [IncidentRecord];
  await upsertIncident(tx, after, at);
  const state = (i: IncidentRecord): MarkState => ({ claim, contested: i.claims.find((c) => claimKey(c) === claimKey(claim))!.contested ?? null, figures: i.figures });
  const audit = await writeAuditEntry(tx, { at, actor, entity: 'incident', entity_id: incident.id, action, before: state(incident), after: state(after) });
  return { incident: after, audit };
}

/** Puts back the mark an audited contest or uncontest replaced; the revert is audited too. */
export async function revertClaimMarkIn(tx: SqlExecutor, seq: number, actor: string, at: string): Promise<{ incident: IncidentRecord; audit: AuditEntry }> {
  const entry = await auditEntryAt(tx, seq);
  if (!entry || entry.entity !== 'incident' || !(MARK_ACTIONS as readonly string[]).includes(entry.action)) {
    throw new IncidentRequestError(`audit entry ${seq} is not a claim mark`);
  }
  const before = auditValues(entry).before as MarkState;
  return setClaimMark(tx, null, before.claim, before.contested, actor, at, `revert ${seq}`);
}
