import type { TimePrecision } from '../../core/mention.ts';
import { dayOf, parseIsoDay, partsOf, weekdayOf, type Day } from './calendar.ts';
import type { Reading, Reference } from './candidate.ts';

export const FROM_PUBLICATION = 'year from publication date';

export function makeReference(published: string | null, yearOnly = false): Reference {
  return { published: published === null ? null : parseIsoDay(published), yearOnly };
}

/** Years a report can plausibly state: nothing before 1900 or beyond the year after publication. */
export function yearAllowed(ref: Reference, year: number): boolean {
  const latest = ref.published === null ? 2100 : partsOf(ref.published).year + 1;
  return year >= 1900 && year <= latest;
}

/** A stated full date, or null when it does not exist or its year is implausible. */
export function statedDay(ref: Reference, year: number, month: number, day: number): Day | null {
  return yearAllowed(ref, year) ? dayOf(year, month, day) : null;
}

/**
 * "20 June" without a year: the most recent 20 June not after publication, since reports look back.
 * Looks back up to eight years so that 29 February still finds a leap year.
 */
export function recentMonthDay(ref: Reference, month: number, day: number): Day | null {
  if (ref.published === null) return null;
  const { year } = partsOf(ref.published);
  for (let y = year; y > year - 8; y -= 1) {
    const found = dayOf(y, month, day);
    if (found !== null && found <= ref.published) return found;
  }
  return null;
}

/** ACLED time_precision from the width of a range: one day, up to about a week and a half, or wider. */
export function precisionOf(from: Day, to: Day): TimePrecision {
  const days = to - from + 1;
  if (days <= 1) return 1;
  return days <= 10 ? 2 : 3;
}

export function reading(from: Day, to: Day, implied: string | null, precision?: TimePrecision): Reading {
  return { from, to, implied, precision: precision ?? precisionOf(from, to) };
}

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** When the text names a weekday with a date, a mismatch is worth reporting rather than silently trusting either. */
export function weekdayDoubt(day: Day, stated: number | null): string | undefined {
  if (stated === null) return undefined;
  const actual = weekdayOf(day);
  return actual === stated ? undefined : `text says ${WEEKDAY_NAMES[stated]}, the date is a ${WEEKDAY_NAMES[actual]}`;
}

/**
 * The reading of a day and month whose year may be stated. A stated number that cannot be the year
 * ("On 8 April, 3544 people fled") is left out of the span and the year is taken from publication instead;
 * a year-like number that is implausible ("12 March 2031" in 2019) rules the date out.
 */
export function dayWithYear(
  ref: Reference,
  matched: string,
  yearText: string | undefined,
  month: number,
  day: number,
): { day: Day; implied: string | null; length?: number } | null {
  const yearLike = yearText !== undefined && Number(yearText) >= 1000 && Number(yearText) < 3000;
  if (yearLike && !yearAllowed(ref, Number(yearText))) return null;
  if (yearLike) {
    const stated = statedDay(ref, Number(yearText), month, day);
    return stated === null ? null : { day: stated, implied: null };
  }
  const recent = recentMonthDay(ref, month, day);
  if (recent === null) return null;
  if (yearText === undefined) return { day: recent, implied: FROM_PUBLICATION };
  const length = matched.slice(0, matched.lastIndexOf(yearText)).replace(/[,\s]+$/, '').length;
  return { day: recent, implied: FROM_PUBLICATION, length };
}
