import type { EventRecord } from '../core/event.ts';

/** Inclusive date ranges of YYYY-MM-DD strings, compared as whole UTC days. */
export interface DateRange {
  readonly start: string;
  readonly end: string;
}

const DAY_MS = 86_400_000;

export function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** The predicted range: `date_start`..`date_end`, falling back on `event_date`; null when undated. */
export function predictedRange(event: Pick<EventRecord, 'event_date' | 'date_start' | 'date_end'>): DateRange | null {
  const start = event.date_start ?? event.event_date ?? event.date_end;
  if (!start) return null;
  return { start, end: event.date_end ?? start };
}

export function goldRange(event: { readonly date_start?: string; readonly date_end?: string }): DateRange | null {
  const start = event.date_start ?? event.date_end;
  if (!start) return null;
  return { start, end: event.date_end ?? start };
}

/** Do the ranges overlap once `b` is widened by `slackDays` on each side? */
export function overlapsWithin(a: DateRange, b: DateRange, slackDays: number): boolean {
  return dayNumber(a.start) <= dayNumber(b.end) + slackDays && dayNumber(a.end) >= dayNumber(b.start) - slackDays;
}

/** Same start and same end, each within `toleranceDays`. */
export function sameRange(a: DateRange, b: DateRange, toleranceDays: number): boolean {
  return (
    Math.abs(dayNumber(a.start) - dayNumber(b.start)) <= toleranceDays &&
    Math.abs(dayNumber(a.end) - dayNumber(b.end)) <= toleranceDays
  );
}
