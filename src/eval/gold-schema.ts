import { z } from 'zod';
import { isoDate } from '../core/document.ts';
import { EventTypeSchema, INTER, SubEventTypeSchema, type InterName } from '../core/taxonomy.ts';

/**
 * The gold reading format of eval/README.md. "A list means any of its values is right", so every
 * listable field is read as a list; `null` for admin2/location means the coder gave none, which the
 * scoring rules treat like a field left out (not scored).
 */

const count = z.number().int().nonnegative();
const names = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (typeof v === 'string' ? [v] : v))
  .refine((v) => v.length > 0, 'expected at least one name');
const optionalNames = names.nullish().transform((v) => v ?? undefined);

const interNames = Object.keys(INTER) as [InterName, ...InterName[]];
const interList = z
  .union([z.enum(interNames), z.array(z.enum(interNames)).min(1)])
  .transform((v) => (typeof v === 'string' ? [v] : v).map((name) => INTER[name] as number));

export const GoldEventSchema = z
  .object({
    id: z.string().min(1),
    required: z.boolean().default(true),
    kind: z.enum(['incident', 'aggregate']),
    date_start: isoDate.optional(),
    date_end: isoDate.optional(),
    country: z.string().optional(),
    admin1: optionalNames,
    admin2: optionalNames,
    location: optionalNames,
    geo_precision: z.enum(['town', 'admin2', 'admin1', 'region', 'country']).optional(),
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).optional(),
    event_type: EventTypeSchema.optional(),
    sub_event_type: z
      .union([SubEventTypeSchema, z.array(SubEventTypeSchema).min(1)])
      .transform((v) => (typeof v === 'string' ? [v] : v))
      .optional(),
    /** ACLED inter codes, any of which is right. */
    actor1_inter: interList.optional(),
    actor2_inter: interList.optional(),
    killed: count.optional(),
    killed_low: count.optional(),
    killed_qualifier: z.string().optional(),
    wounded: count.optional(),
    killed_children: count.optional(),
    killed_women: count.optional(),
    killed_medics: count.optional(),
    killed_civilians: count.optional(),
    displaced: count.optional(),
    reported_by: z.array(z.string()).optional(),
  })
  .passthrough()
  .refine((e) => (e.latitude === undefined) === (e.longitude === undefined), {
    message: 'latitude and longitude go together',
    path: ['latitude'],
  })
  .refine((e) => !(e.date_start && e.date_end && e.date_end < e.date_start), {
    message: 'date_end is before date_start',
    path: ['date_end'],
  });

export type GoldEvent = z.output<typeof GoldEventSchema>;

export const GoldSchema = z
  .object({
    doc: z.string().min(1),
    text_file: z.string().min(1),
    source: z.string().nullish().transform((v) => v ?? null),
    published: isoDate.nullish().transform((v) => v ?? null),
    events: z.array(GoldEventSchema),
  })
  .passthrough();

export type Gold = z.output<typeof GoldSchema>;

export class GoldError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'GoldError';
  }
}

/** Validates parsed JSON; errors name the file and each bad field by its path ("events[2].killed"). */
export function parseGold(json: unknown, file: string): Gold {
  const result = GoldSchema.safeParse(json);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `${issuePath(issue.path, json)}: ${issue.message}`);
  throw new GoldError(file, `invalid gold reading\n  ${lines.join('\n  ')}`);
}

function issuePath(path: readonly (string | number)[], json: unknown): string {
  let out = '';
  let node: unknown = json;
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
    node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[part] : undefined;
    // Name the event by its id too: indices alone are hard to find in a long file.
    if (typeof part === 'number' && node !== null && typeof node === 'object' && 'id' in node) {
      out += `(${String((node as { id: unknown }).id)})`;
    }
  }
  return out === '' ? '(top level)' : out;
}
