import type { DateParser, Reading, Reference } from './candidate.ts';
import { partsOf } from './calendar.ts';
import { DAY, GAP, RANGE_JOIN, WORD_END, YEAR } from './fragments.ts';
import { MONTH_CUE, MONTH_SOURCE, monthNumber } from './lexicon.ts';
import { FROM_PUBLICATION, reading, recentMonthDay, statedDay } from './reference.ts';

// A range longer than this is more likely two unrelated numbers than one stated period.
const MAX_RANGE_DAYS = 62;

export interface RangeParts {
  readonly fromMonth: number;
  readonly fromDay: number;
  readonly toMonth: number;
  readonly toDay: number;
  readonly year: number | null;
}

/** Both ends of "28 February - 2 March 2022"; a December-January range starts in the year before. */
export function resolveRange(ref: Reference, parts: RangeParts): Reading | null {
  const to =
    parts.year === null
      ? recentMonthDay(ref, parts.toMonth, parts.toDay)
      : statedDay(ref, parts.year, parts.toMonth, parts.toDay);
  if (to === null) return null;
  const toYear = partsOf(to).year;
  const fromYear = parts.fromMonth > parts.toMonth ? toYear - 1 : toYear;
  const from = statedDay(ref, fromYear, parts.fromMonth, parts.fromDay);
  if (from === null || from >= to || to - from > MAX_RANGE_DAYS) return null;
  return reading(from, to, parts.year === null ? FROM_PUBLICATION : null);
}

/** "3-5 March", "between 3 and 5 March 2022", "on 3 and 4 March", "28 February to 2 March 2022". */
export const dayRange: DateParser = {
  name: 'day-range',
  cue: MONTH_CUE,
  pattern: new RegExp(
    `(?:\\b([Bb]etween|[Ff]rom)${GAP})?${DAY}(?:${GAP}(${MONTH_SOURCE})${WORD_END})?${RANGE_JOIN}` +
      `(\\d{1,2})(?:st|nd|rd|th)?(?:${GAP}of)?${GAP}(${MONTH_SOURCE})${WORD_END}(?:,?${GAP}${YEAR})?`,
    'g',
  ),
  read(match, ref) {
    const [, , fromDay, fromMonthText, toDay, toMonthText, yearText] = match;
    const toMonth = monthNumber(toMonthText!);
    const fromMonth = fromMonthText === undefined ? toMonth : monthNumber(fromMonthText);
    if (toMonth === null || fromMonth === null) return null;
    return resolveRange(ref, {
      fromMonth,
      fromDay: Number(fromDay),
      toMonth,
      toDay: Number(toDay),
      year: yearText === undefined ? null : Number(yearText),
    });
  },
};
