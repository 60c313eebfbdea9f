import { z } from 'zod';
import { isoDate } from './document.ts';
import { EventTypeSchema, SubEventTypeSchema } from './taxonomy.ts';

const inter = z.number().int().min(0).max(8);
const count = z.number().int().nonnegative();

export const EvidenceSchema = z.object({
  field: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** An assertion attributed to a reporter; claims from different reporters are all kept. */
export const ClaimSchema = z.object({
  field: z.string(),
  value: z.number().nullable(),
  qualifier: z.string().nullable(),
  reporter: z.string().nullable(),
  reporter_type: z.string().nullable(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Claim = z.infer<typeof ClaimSchema>;

/** The flat event record of DESIGN.md: one line of `--format jsonl`, one row of a CSV export. */
export const EventRecordSchema = z.object({
  id: z.string(),
  doc_id: z.string(),
  kind: z.enum(['incident', 'aggregate']),
  event_date: isoDate.nullable(),
  date_start: isoDate.nullable(),
  date_end: isoDate.nullable(),
  time_precision: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
  event_type: EventTypeSchema.nullable(),
  sub_event_type: SubEventTypeSchema.nullable(),
  actor1: z.string().nullable(),
  inter1: inter.nullable(),
  actor2: z.string().nullable(),
  inter2: inter.nullable(),
  country: z.string().nullable(),
  iso3: z.string().nullable(),
  admin1: z.string().nullable(),
  admin2: z.string().nullable(),
  admin3: z.string().nullable(),
  location: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  geo_precision: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
  where_prec: z.number().int().min(1).max(7).nullable(),
  fatalities: count.nullable(),
  killed_low: count.nullable(),
  killed_best: count.nullable(),
  killed_high: count.nullable(),
  wounded_low: count.nullable(),
  wounded_best: count.nullable(),
  wounded_high: count.nullable(),
  killed_children: count.nullable(),
  killed_women: count.nullable(),
  killed_civilians: count.nullable(),
  killed_combatants: count.nullable(),
  killed_medics: count.nullable(),
  displaced: count.nullable(),
  counts: z.record(z.string(), count),
  qualifiers: z.record(z.string(), z.string()),
  reported_by: z.array(z.string()),
  source: z.string().nullable(),
  notes: z.string().nullable(),
  evidence: z.array(EvidenceSchema),
  /** Beyond the flat contract: every figure with who stated it, and what sitrep inferred rather than read. */
  claims: z.array(ClaimSchema),
  implied: z.record(z.string(), z.string()),
});

export type EventRecord = z.infer<typeof EventRecordSchema>;
