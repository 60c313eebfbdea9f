/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC). Integers make ranges, week starts and
 * "N days before" plain arithmetic, and keep time zones and the clock out of date resolution.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The day number of a calendar date, or null when the date does not exist ("31 February", month 13). */
export function dayOf(year: number, month: number, day: number): Day | null {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export interface YearMonthDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function partsOf(day: Day): YearMonthDay {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 = Monday … 6 = Sunday, the ISO order, so that weeks start on Monday as ACLED's do. */
export function weekdayOf(day: Day): number {
  // 1970-01-01 was a Thursday (ISO index 3).
  return (((day + 3) % 7) + 7) % 7;
}

export function mondayOf(day: Day): Day {
  return day - weekdayOf(day);
}

export function formatDay(day: Day): string {
  const { year, month, day: d } = partsOf(day);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Parses 'YYYY-MM-DD'; null for anything else, including impossible dates. */
export function parseIsoDay(text: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m === null) return null;
  return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function firstOfMonth(year: number, month: number): Day {
  return Date.UTC(year, month - 1, 1) / MS_PER_DAY;
}

export function lastOfMonth(year: number, month: number): Day {
  return Date.UTC(year, month - 1, daysInMonth(year, month)) / MS_PER_DAY;
}

/** The month `count` months before (negative: after) the given one. */
export function shiftMonth(year: number, month: number, count: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) - count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
