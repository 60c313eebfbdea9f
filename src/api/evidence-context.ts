import { z } from 'zod';
import { EvidenceSchema, type Evidence } from '../core/event.ts';

/**
 * Each evidence span with the document text around it, so that a client can show the passage and
 * highlight the span without fetching the whole document. The window is cut at word boundaries; the
 * span's offsets stay those of the document, and `context.start` tells where the passage begins.
 */

export const EvidenceInContextSchema = EvidenceSchema.extend({
  context: z.object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string(),
  }),
});
export type EvidenceInContext = z.infer<typeof EvidenceInContextSchema>;

export const CONTEXT_RADIUS = 200;

export function evidenceInContext(text: string, evidence: readonly Evidence[], radius = CONTEXT_RADIUS): EvidenceInContext[] {
  return evidence.map((e) => {
    const start = wordStartAfter(text, Math.max(0, e.start - radius), e.start);
    const end = wordEndBefore(text, Math.min(text.length, e.end + radius), e.end);
    return { ...e, context: { start, end, text: text.slice(start, end) } };
  });
}

/** The first word start at or after `from`, but never past `limit` (the span itself). */
function wordStartAfter(text: string, from: number, limit: number): number {
  if (from === 0) return 0;
  for (let i = from; i < limit; i += 1) if (/\s/.test(text[i - 1]!) && !/\s/.test(text[i]!)) return i;
  return limit;
}

/** The last word end at or before `to`, but never before `limit` (the span's end). */
function wordEndBefore(text: string, to: number, limit: number): number {
  if (to === text.length) return to;
  for (let i = to; i > limit; i -= 1) if (!/\s/.test(text[i - 1]!) && /\s/.test(text[i]!)) return i;
  return limit;
}
