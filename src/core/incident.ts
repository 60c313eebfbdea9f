import { z } from 'zod';
import { isoDate } from './document.ts';
import { EventTypeSchema, SubEventTypeSchema } from './taxonomy.ts';

const count = z.number().int().nonnegative();

/** One figure as one report stated it, kept whatever the other reports say. */
export const IncidentClaimSchema = z.object({
  field: z.string(),
  value: z.number().nullable(),
  qualifier: z.string().nullable(),
  reporter: z.string(),
  reporter_type: z.string().nullable(),
  doc_id: z.string(),
  event_id: z.string(),
  /** The document's publication date: what orders a rising toll. */
  published: z.string().nullable(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** An analyst judged this claim not credible: shown, but left out of low/best/high. Absent when not. */
  contested: z.object({ reason: z.string(), actor: z.string(), at: z.string() }).optional(),
});
export type IncidentClaim = z.infer<typeof IncidentClaimSchema>;

/** One claim, named by its event, its field and its evidence span: what an analyst's mark is kept under. */
export const ClaimRefSchema = z.object({ event_id: z.string().min(1), field: z.string().min(1), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type ClaimRef = z.infer<typeof ClaimRefSchema>;

/** UCDP style: the lowest credible figure, the most likely one, the highest credible one. */
export const FigureRangeSchema = z.object({
  low: count,
  best: count,
  high: count,
  /** Reporters whose figures disagree and who are parties to the fighting, or whose claim an analyst contests: kept apart, never averaged. */
  contested: z.array(z.object({ reporter: z.string(), value: z.number() })),
});
export type FigureRange = z.infer<typeof FigureRangeSchema>;

export const ReasonSchema = z.object({ feature: z.string(), weight: z.number(), detail: z.string() });
export type Reason = z.infer<typeof ReasonSchema>;

/** Why two events were put in one incident: the automatic score with its reasons, or a person's decision. */
export const LinkSchema = z.object({
  a: z.string(),
  b: z.string(),
  score: z.number(),
  decision: z.enum(['auto', 'manual']),
  reasons: z.array(ReasonSchema),
});
export type Link = z.infer<typeof LinkSchema>;

export const GradeSchema = z.enum(['confirmed', 'fair', 'weak', 'contested', 'discounted']);
export type Grade = z.infer<typeof GradeSchema>;

/** The reconciled record of one real-world happening, reported by one or many documents. */
export const IncidentRecordSchema = z.object({
  id: z.string(),
  kind: z.enum(['incident', 'aggregate']),
  event_ids: z.array(z.string()),
  doc_ids: z.array(z.string()),
  date_start: isoDate.nullable(),
  date_end: isoDate.nullable(),
  time_precision: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
  event_type: EventTypeSchema.nullable(),
  sub_event_type: SubEventTypeSchema.nullable(),
  actor1: z.string().nullable(),
  actor2: z.string().nullable(),
  actors: z.array(z.string()),
  country: z.string().nullable(),
  iso3: z.string().nullable(),
  admin1: z.string().nullable(),
  admin2: z.string().nullable(),
  location: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  geo_precision: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
  where_prec: z.number().int().min(1).max(7).nullable(),
  /** ACLED's most conservative reading: the lowest credible killed figure. */
  fatalities: count.nullable(),
  /** killed, wounded and the breakdowns (killed_children, ...), each across reports. */
  figures: z.record(z.string(), FigureRangeSchema),
  claims: z.array(IncidentClaimSchema),
  grade: GradeSchema,
  grade_reasons: z.array(z.string()),
  /** Independent sources: wire copies republished by several outlets count once. */
  sources: z.array(z.string()),
  links: z.array(LinkSchema),
  /** A person decided its membership: automatic runs may add new events, never move these. */
  locked: z.boolean(),
});
export type IncidentRecord = z.infer<typeof IncidentRecordSchema>;

/** What reconciliation needs to know of a document beyond its events. */
export interface DocumentFacts {
  readonly id: string;
  readonly source: string | null;
  readonly published: string | null;
  /** The wire agency the text credits ("(Reuters)", "AFP"), when it does. */
  readonly wire: string | null;
}
