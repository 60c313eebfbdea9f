import { EventRecordSchema, type EventRecord } from '../../core/event.ts';
import { TAXONOMY } from '../../core/taxonomy.ts';
import { ReviewError, type ReviewChanges, type ReviewField } from './review.ts';

/**
 * An event with an analyst's corrections applied: the fields that depend on a corrected one follow it
 * (the date range and its precision, ACLED's conservative fatalities, a sub-type that no longer fits),
 * and each corrected field is marked as reviewed rather than read from the text. Pure.
 */

export interface Correction {
  readonly event: EventRecord;
  /** The corrected fields' values before and after. */
  readonly before: Partial<Record<ReviewField, unknown>>;
  readonly after: Partial<Record<ReviewField, unknown>>;
}

export function applyCorrection(event: EventRecord, changes: ReviewChanges, actor: string): Correction {
  const before: Partial<Record<ReviewField, unknown>> = {};
  const after: Partial<Record<ReviewField, unknown>> = {};
  const next: Record<string, unknown> = { ...event, implied: { ...event.implied } };
  for (const [field, value] of Object.entries(changes) as [ReviewField, unknown][]) {
    before[field] = event[field];
    after[field] = value;
    next[field] = value;
    (next['implied'] as Record<string, string>)[field] = `review/analyst: set by ${actor}`;
  }
  if (changes.event_date !== undefined) Object.assign(next, { date_start: changes.event_date, date_end: changes.event_date, time_precision: 1 });
  const type = next['event_type'] as keyof typeof TAXONOMY | null;
  const sub = next['sub_event_type'] as string | null;
  if (changes.event_type !== undefined && changes.sub_event_type === undefined && sub !== null && !(type && (TAXONOMY[type] as readonly string[]).includes(sub))) {
    before.sub_event_type = sub;
    after.sub_event_type = null;
    next['sub_event_type'] = null;
  }
  if (type && next['sub_event_type'] !== null && !(TAXONOMY[type] as readonly string[]).includes(next['sub_event_type'] as string)) {
    throw new ReviewError('invalid', `sub_event_type "${String(next['sub_event_type'])}" is not a kind of ${type}`, 'sub_event_type');
  }
  for (const prefix of ['killed', 'wounded'] as const) {
    const [low, best, high] = (['low', 'best', 'high'] as const).map((k) => next[`${prefix}_${k}`] as number | null);
    if ((low != null && best != null && low > best) || (best != null && high != null && best > high) || (low != null && high != null && low > high)) {
      throw new ReviewError('invalid', `${prefix}: low ≤ best ≤ high does not hold (${low} / ${best} / ${high})`, prefix);
    }
  }
  if (changes.killed_low !== undefined || changes.killed_best !== undefined) next['fatalities'] = (next['killed_low'] ?? next['killed_best'] ?? 0) as number;
  if ((next['latitude'] === null) !== (next['longitude'] === null)) throw new ReviewError('invalid', 'latitude and longitude go together', 'latitude');
  const parsed = EventRecordSchema.safeParse(next);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ReviewError('invalid', `${issue.path.join('.')}: ${issue.message}`, issue.path.join('.'));
  }
  return { event: parsed.data, before, after };
}
