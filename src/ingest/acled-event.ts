import { z } from 'zod';
import { makeDocument, isoDate, type Document } from '../core/document.ts';
import type { EventRecord } from '../core/event.ts';
import { EventTypeSchema, eventTypeOf, SubEventTypeSchema } from '../core/taxonomy.ts';
import { iso3OfNumeric } from '../export/iso-numeric.ts';

/**
 * One row of an ACLED export imported as it is: ACLED coded it, so it becomes a stored event directly
 * (never re-extracted from its notes), with the notes as its document's text for full-text search.
 */

const blankToNull = z.string().optional().transform((v) => (v === undefined || v.trim() === '' ? null : v.trim()));
const whole = (min: number, max: number) => z.string().trim().regex(/^\d+$/, 'expected a whole number').transform(Number).pipe(z.number().min(min).max(max));
const coordinate = (limit: number) =>
  blankToNull.transform((v) => (v === null ? null : Number(v))).refine((v) => v === null || (Number.isFinite(v) && Math.abs(v) <= limit), `expected a number within ±${limit}`);

// A current export states both types; a legacy one may not, where its old type cannot say (acled-legacy.ts).
const stated = <T extends z.ZodTypeAny>(type: T) => z.string().trim().pipe(type);
const unknownAllowed = <T extends z.ZodTypeAny>(type: T) => blankToNull.pipe(type.nullable());

const importRowSchema = (legacy: boolean) =>
  z
    .object({
      event_id_cnty: z.string().trim().min(1, 'missing'),
      event_date: z.string().trim().pipe(isoDate),
      time_precision: whole(1, 3),
      event_type: legacy ? unknownAllowed(EventTypeSchema) : stated(EventTypeSchema),
      sub_event_type: legacy ? unknownAllowed(SubEventTypeSchema) : stated(SubEventTypeSchema),
      actor1: blankToNull,
      inter1: whole(0, 8),
      actor2: blankToNull,
      inter2: blankToNull.transform((v) => (v === null ? 0 : Number(v))).pipe(z.number().int().min(0).max(8)),
      iso: blankToNull,
      country: blankToNull,
      admin1: blankToNull,
      admin2: blankToNull,
      admin3: blankToNull,
      location: blankToNull,
      latitude: coordinate(90),
      longitude: coordinate(180),
      geo_precision: whole(1, 3),
      source: blankToNull,
      notes: z.string().optional().transform((v) => v ?? ''),
      fatalities: whole(0, 1_000_000),
    })
    .refine((r) => r.sub_event_type === null || eventTypeOf(r.sub_event_type) === r.event_type, { message: 'sub_event_type does not belong to event_type', path: ['sub_event_type'] });

export const AcledImportRowSchema = importRowSchema(false);
export const LegacyAcledImportRowSchema = importRowSchema(true);
export type AcledImportRow = z.output<typeof LegacyAcledImportRowSchema>;
export const ACLED_REQUIRED_COLUMNS = ['event_id_cnty', 'event_date', 'event_type', 'sub_event_type', 'inter1', 'fatalities', 'notes'] as const;

// ACLED's geo_precision 3 is a province-level placement, UCDP's where_prec 4.
const WHERE_PREC: Readonly<Record<number, number>> = { 1: 1, 2: 2, 3: 4 };

export interface AcledImport {
  readonly doc: Document;
  readonly event: EventRecord;
}

export function acledImport(row: AcledImportRow): AcledImport {
  const doc = makeDocument({ id: `acled-${row.event_id_cnty}`, text: row.notes, published: null, source: row.source, title: null, url: null, language: null });
  const iso3 = row.iso === null || !/^\d+$/.test(row.iso) ? null : iso3OfNumeric(Number(row.iso));
  const event: EventRecord = {
    id: row.event_id_cnty,
    doc_id: doc.id,
    kind: 'incident',
    event_date: row.event_date,
    date_start: row.event_date,
    date_end: row.event_date,
    time_precision: row.time_precision as 1 | 2 | 3,
    event_type: row.event_type,
    sub_event_type: row.sub_event_type,
    actor1: row.actor1,
    inter1: row.inter1,
    actor2: row.actor2,
    inter2: row.actor2 === null ? null : row.inter2,
    country: row.country,
    iso3,
    admin1: row.admin1,
    admin2: row.admin2,
    admin3: row.admin3,
    location: row.location,
    latitude: row.latitude,
    longitude: row.longitude,
    geo_precision: row.geo_precision as 1 | 2 | 3,
    where_prec: WHERE_PREC[row.geo_precision] ?? null,
    fatalities: row.fatalities,
    killed_low: row.fatalities,
    killed_best: row.fatalities,
    killed_high: null,
    wounded_low: null,
    wounded_best: null,
    wounded_high: null,
    killed_children: null,
    killed_women: null,
    killed_civilians: null,
    killed_combatants: null,
    killed_medics: null,
    displaced: null,
    counts: {},
    qualifiers: {},
    reported_by: (row.source ?? '').split(';').map((s) => s.trim()).filter(Boolean),
    source: row.source,
    notes: row.notes,
    evidence: [],
    claims: [],
    implied: {
      killed_best: 'import/acled-fatalities',
      killed_low: 'import/acled-fatalities',
      where_prec: 'import/from-acled-geo-precision',
    },
  };
  return { doc, event };
}
