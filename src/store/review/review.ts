import { z } from 'zod';
import { isoDate } from '../../core/document.ts';
import type { EventRecord } from '../../core/event.ts';
import type { AuditEntry } from '../audit/audit-entry.ts';
import { EventTypeSchema, SubEventTypeSchema } from '../../core/taxonomy.ts';

/**
 * The review port: an analyst corrects fields of an event; every change goes to the audit log with its
 * before and after values, can be reverted, and outlives later automatic runs (a re-ingested or newer
 * version of the document gets the reviewed values back).
 */

const count = z.number().int().nonnegative().nullable();
const name = z.string().trim().min(1).max(200).nullable();

/** The fields an analyst may correct, with what each accepts. */
export const ReviewChangesSchema = z
  .object({
    event_type: EventTypeSchema,
    sub_event_type: SubEventTypeSchema.nullable(),
    event_date: isoDate,
    location: name,
    admin1: name,
    admin2: name,
    latitude: z.number().min(-90).max(90).nullable(),
    longitude: z.number().min(-180).max(180).nullable(),
    geo_precision: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
    killed_low: count,
    killed_best: count,
    killed_high: count,
    wounded_low: count,
    wounded_best: count,
    wounded_high: count,
  })
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, { message: 'no field to change' });
export type ReviewChanges = z.infer<typeof ReviewChangesSchema>;
export type ReviewField = keyof ReviewChanges;

export { AuditEntrySchema, type AuditEntry } from '../audit/audit-entry.ts';

export interface ReviewResult {
  readonly event: EventRecord;
  readonly audit: AuditEntry;
}

export interface AuditQuery {
  /** One entry by its sequence number. */
  readonly seq?: number;
  readonly entity?: string;
  readonly entity_id?: string;
  readonly limit: number;
}

export interface ReviewStore {
  /** Throws ReviewError: 'not_found' for an unknown event, 'invalid' for a correction that breaks the record. */
  correctEvent(id: string, changes: ReviewChanges, actor: string): Promise<ReviewResult>;
  /** Puts back the values an audited correction replaced (itself audited). Throws ReviewError. */
  revert(seq: number, actor: string): Promise<ReviewResult>;
  /** Newest first. */
  audit(query: AuditQuery): Promise<readonly AuditEntry[]>;
}

export class ReviewError extends Error {
  constructor(
    readonly code: 'not_found' | 'invalid',
    message: string,
    /** The field at fault, for an invalid correction. */
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = 'ReviewError';
  }
}
