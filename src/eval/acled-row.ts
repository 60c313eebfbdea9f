import { z } from 'zod';
import { isoDate } from '../core/document.ts';

/**
 * One row of an ACLED export read as a test case: the `notes` text is the input, the coded columns are
 * the gold. Only the columns the ACLED-notes evaluation scores are read; the rest are ignored.
 */

const integer = z.string().trim().regex(/^\d+$/, 'expected a whole number').transform(Number);
const coordinate = z
  .string()
  .trim()
  .transform((v) => (v === '' ? null : Number(v)))
  .refine((v) => v === null || Number.isFinite(v), 'expected a number');
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? null : v.trim()));

export const AcledRowSchema = z.object({
  event_id_cnty: z.string().min(1),
  event_date: isoDate,
  // Empty only in legacy exports whose old type cannot say (acled-legacy.ts); such a field is not scored.
  event_type: optionalText,
  sub_event_type: optionalText,
  inter1: integer,
  inter2: integer,
  country: z.string().min(1),
  admin1: optionalText,
  admin2: optionalText,
  location: optionalText,
  latitude: coordinate,
  longitude: coordinate,
  geo_precision: integer,
  fatalities: integer,
  notes: z.string(),
});

export type AcledRow = z.output<typeof AcledRowSchema>;

export class AcledRowError extends Error {
  constructor(file: string, rowNumber: number, id: string | undefined, detail: string) {
    super(`${file}: data row ${rowNumber}${id ? ` (${id})` : ''}: ${detail}`);
    this.name = 'AcledRowError';
  }
}

/** Validates one CSV record; `rowNumber` counts data rows from 1 (the header is row 0). */
export function parseAcledRow(record: Readonly<Record<string, string>>, file: string, rowNumber: number): AcledRow {
  const result = AcledRowSchema.safeParse(record);
  if (result.success) return result.data;
  const detail = result.error.issues.map((issue) => `${issue.path.join('.') || 'row'}: ${issue.message}`).join('; ');
  throw new AcledRowError(file, rowNumber, record.event_id_cnty, detail);
}
