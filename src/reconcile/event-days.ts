import type { EventRecord } from '../core/event.ts';

/** An event's date range as whole days since 1970-01-01, with its precision; null when it has no date. */
export interface DayRange {
  readonly start: number;
  readonly end: number;
  readonly precision: 1 | 2 | 3;
}

const DAY = 86_400_000;

export function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
}

export function dayRangeOf(event: Pick<EventRecord, 'date_start' | 'date_end' | 'event_date' | 'time_precision'>): DayRange | null {
  const start = event.date_start ?? event.event_date;
  const end = event.date_end ?? event.event_date ?? start;
  if (start === null || end === null) return null;
  const a = dayNumber(start);
  const b = dayNumber(end);
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return { start: Math.min(a, b), end: Math.max(a, b), precision: event.time_precision ?? 1 };
}

/**
 * How many days apart two ranges may be and still be one happening: reports written across midnight or
 * time zones are a day out; a month-precision date may be a little wider than its stated month.
 */
export function dayTolerance(precision: 1 | 2 | 3): number {
  return precision === 3 ? 2 : 1;
}

/** How far back a happening dated on its own report's day may lie: a toll update names the day it was given. */
export const REPORT_DAY_REACH = 7;

/** The event is dated to the day its report was published: the happening may be that day or the days before. */
export function datedOnReportDay(event: Pick<EventRecord, 'date_end'>, published: string | null): boolean {
  return published !== null && event.date_end === published;
}

/** Days between two ranges; 0 when they overlap. */
export function dayGap(a: DayRange, b: DayRange): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}
