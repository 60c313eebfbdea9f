import { z } from 'zod';
import { isoDate } from '../core/document.ts';
import { GradeSchema, type ClaimRef, type IncidentRecord } from '../core/incident.ts';
import { EventTypeSchema } from '../core/taxonomy.ts';
import type { AuditEntry } from './audit/audit-entry.ts';
import type { PageRequest } from './event-filter.ts';

/**
 * The incident port: reconciled incidents beside the events they gather, a person's merges, splits and
 * detachments, and the audit log of every change. One contract suite (`incidents.contract.ts`) for every
 * engine, like the event store's.
 */

const text = z.string().trim().min(1);

export const IncidentFilterSchema = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    country: text.optional(),
    admin1: text.optional(),
    event_type: EventTypeSchema.optional(),
    grade: GradeSchema.optional(),
    min_killed: z.coerce.number().int().nonnegative().optional(),
    kind: z.enum(['incident', 'aggregate']).optional(),
  })
  .strict()
  .refine((f) => f.from === undefined || f.to === undefined || f.from <= f.to, { message: 'from must not be after to', path: ['from'] });
export type IncidentFilter = z.output<typeof IncidentFilterSchema>;

export interface IncidentPage {
  readonly incidents: readonly IncidentRecord[];
  readonly next_cursor: string | null;
}

export interface ReconcileSummary {
  /** Events newly placed in an incident. */
  readonly placed: number;
  /** Events gone from the store (a replaced document version) and taken out of their incidents. */
  readonly removed: number;
  readonly created: number;
  readonly updated: number;
  /** Incidents merged into others, or emptied. */
  readonly deleted: number;
}

export { AuditEntrySchema, type AuditEntry } from './audit/audit-entry.ts';

export interface ClaimMarkResult {
  readonly incident: IncidentRecord;
  readonly audit: AuditEntry;
}

export interface IncidentStore {
  /**
   * Places every stored event that is in no incident yet, and takes events that are gone out of theirs.
   * Running it again with nothing new changes nothing.
   */
  reconcilePending(actor?: string): Promise<ReconcileSummary>;
  getIncident(id: string): Promise<IncidentRecord | null>;
  incidentOfEvent(eventId: string): Promise<string | null>;
  /** Newest first (date, then id), keyset-paged like the events. */
  queryIncidents(filter: IncidentFilter, page: PageRequest): Promise<IncidentPage>;
  /** One incident from several; the largest keeps its id. Fixed: no automatic run undoes it. */
  merge(ids: readonly string[], actor: string): Promise<IncidentRecord>;
  /** The listed events leave `id` for a new incident; both are fixed. Returns [the rest, the new one]. */
  split(id: string, eventIds: readonly string[], actor: string): Promise<[IncidentRecord, IncidentRecord]>;
  /** The event leaves its incident for one of its own. */
  detach(eventId: string, actor: string): Promise<IncidentRecord>;
  /**
   * An analyst's judgement that one claim is not credible, with the reason: the claim stays shown, flagged,
   * and is left out of low/best/high; kept over later automatic runs, merges and splits. Marking it again
   * replaces the reason. Audited (entity 'incident', action 'contest').
   */
  contestClaim(incidentId: string, claim: ClaimRef, reason: string, actor: string): Promise<ClaimMarkResult>;
  /** Takes the mark off (action 'uncontest'); refused for a claim not contested. */
  uncontestClaim(incidentId: string, claim: ClaimRef, actor: string): Promise<ClaimMarkResult>;
  /** Puts back the mark an audited contest or uncontest replaced, wherever the claim is now; audited as `revert <seq>`. */
  revertClaimMark(seq: number, actor: string): Promise<ClaimMarkResult>;
  /** Audit entries after `seq`, oldest first; optionally of one entity (`auditValues` parses before and after). */
  auditLog(options: { after?: number; entity?: string; entity_id?: string; limit?: number }): Promise<readonly AuditEntry[]>;
  close(): Promise<void>;
}

/** A request that names incidents or events that are not there, or asks for something impossible. */
export class IncidentRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IncidentRequestError';
  }
}
