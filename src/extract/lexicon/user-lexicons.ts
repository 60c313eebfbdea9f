import { z } from 'zod';
import { EventTypeSchema, SubEventTypeSchema } from '../../core/taxonomy.ts';
import type { LexiconExtensions } from './index.ts';

const phrases = z.array(z.string().min(1)).min(1);

const ActorEntrySchema = z.object({
  phrases,
  name: z.string().min(1),
  inter: z.number().int().min(0).max(8),
  country: z.string().length(2).optional(),
  role: z.enum(['perpetrator', 'victim', 'any']).optional(),
});

const ReporterEntrySchema = z.object({
  phrases,
  name: z.string().min(1),
  type: z.enum(['rescue NGO', 'monitor', 'state media', 'party to the conflict', 'UN', 'wire agency', 'media', 'government', 'medical', 'unnamed', 'other']),
});

const TriggerEntrySchema = z.object({
  phrases,
  event_type: EventTypeSchema,
  sub_event_type: SubEventTypeSchema,
  weight: z.number().min(0).max(19),
});

const SCHEMAS = { actors: ActorEntrySchema, reporters: ReporterEntrySchema, triggers: TriggerEntrySchema } as const;
export type UserLexiconName = keyof typeof SCHEMAS;
export const USER_LEXICON_NAMES = Object.keys(SCHEMAS) as UserLexiconName[];

/**
 * Validates one user lexicon file's parsed JSON (an array of entries). Errors name the file, the entry and
 * the field, so a user can fix their data without reading our code.
 */
export function parseUserLexicon(name: UserLexiconName, file: string, json: unknown): LexiconExtensions {
  const result = z.array(SCHEMAS[name]).safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${file}: entry ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  return { [name]: result.data };
}
