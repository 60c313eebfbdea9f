import type { DateParser } from './candidate.ts';
import { resolveRange } from './day-range.ts';
import { GAP, RANGE_JOIN, YEAR } from './fragments.ts';
import { MONTH_CUE, MONTH_SOURCE, monthNumber } from './lexicon.ts';

/** "March 3-5", "between March 3 and 5, 2022", "March 30 to April 2". */
export const monthDayRange: DateParser = {
  name: 'month-day-range',
  cue: MONTH_CUE,
  pattern: new RegExp(
    `(?:\\b([Bb]etween|[Ff]rom)${GAP})?\\b(${MONTH_SOURCE})${GAP}(\\d{1,2})(?:st|nd|rd|th)?${RANGE_JOIN}` +
      `(?:(${MONTH_SOURCE})${GAP})?(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:.]\\d|\\d)(?:,?${GAP}${YEAR})?`,
    'g',
  ),
  read(match, ref) {
    const [, , fromMonthText, fromDay, toMonthText, toDay, yearText] = match;
    const fromMonth = monthNumber(fromMonthText!);
    const toMonth = toMonthText === undefined ? fromMonth : monthNumber(toMonthText);
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
