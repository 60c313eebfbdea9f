import { z } from 'zod';
import { isoDate } from '../core/document.ts';
import { GradeSchema } from '../core/incident.ts';
import { EventTypeSchema } from '../core/taxonomy.ts';

/**
 * The event filters of DESIGN.md, shared by `sitrep export` and (later) `GET /api/events`. Values may
 * arrive as strings (flags, query parameters), so numbers and the bounding box are coerced here, once,
 * and a bad value is reported with the name of its field.
 */

const text = z.string().trim().min(1);

/** `minLon,minLat,maxLon,maxLat` as in GeoJSON; minLon > maxLon means the box crosses the antimeridian. */
export const BboxSchema = z
  .union([z.string(), z.array(z.number())])
  .transform((value) => (typeof value === 'string' ? value.split(',').map((part) => Number(part.trim())) : value))
  .refine((v) => v.length === 4 && v.every(Number.isFinite), 'expected minLon,minLat,maxLon,maxLat')
  .refine((v) => Math.abs(v[0]!) <= 180 && Math.abs(v[2]!) <= 180, 'longitudes must be within -180..180')
  .refine((v) => Math.abs(v[1]!) <= 90 && Math.abs(v[3]!) <= 90 && v[1]! <= v[3]!, 'latitudes must be within -90..90, south first')
  .transform((v) => ({ minLon: v[0]!, minLat: v[1]!, maxLon: v[2]!, maxLat: v[3]! }));
export type Bbox = z.output<typeof BboxSchema>;

export const EventFilterSchema = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    country: text.optional(),
    admin1: text.optional(),
    bbox: BboxSchema.optional(),
    event_type: EventTypeSchema.optional(),
    actor: text.optional(),
    reporter: text.optional(),
    min_killed: z.coerce.number().int().nonnegative().optional(),
    q: text.max(500).optional(),
    kind: z.enum(['incident', 'aggregate']).optional(),
    doc_id: text.optional(),
    /** Events whose incident has this grade (an event not yet reconciled into an incident has none). */
    grade: GradeSchema.optional(),
  })
  .strict()
  .refine((f) => f.from === undefined || f.to === undefined || f.from <= f.to, { message: 'from must not be after to', path: ['from'] });
export type EventFilter = z.output<typeof EventFilterSchema>;
export type EventFilterInput = z.input<typeof EventFilterSchema>;

export const MAX_PAGE = 1000;

export const PageSchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(100),
  cursor: text.optional(),
});
export type PageRequest = z.output<typeof PageSchema>;

export const TimelineOptionsSchema = z.object({
  interval: z.enum(['day', 'week', 'month']).default('day'),
  /** `actor` is the event's first actor (ACLED's actor1: the side that acted), named as first stored. */
  group_by: z.enum(['event_type', 'admin1', 'actor']).default('event_type'),
  /** Keep the keys with the most events over the whole range; the rest are summed under OTHER_KEYS. */
  top: z.number().int().min(1).max(50).optional(),
});
export type TimelineOptions = z.output<typeof TimelineOptionsSchema>;

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly field: string; readonly message: string };

/** Parses loose input (flags, query strings) against a schema, naming the first bad field. */
export function parseWith<S extends z.ZodTypeAny>(schema: S, input: unknown): Parsed<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0]!;
  const field = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue.path.join('.') || 'query';
  return { ok: false, field, message: issue.code === 'unrecognized_keys' ? 'unknown filter' : issue.message };
}
