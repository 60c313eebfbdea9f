import type { DateParser } from './candidate.ts';
import { GAP, YEAR, wordAfter } from './fragments.ts';
import { MONTH_CUE, MONTH_SOURCE, monthNumber, NAME_HEADS, WEEKDAY_SOURCE, weekdayNumber } from './lexicon.ts';
import { dayWithYear, reading, weekdayDoubt } from './reference.ts';

/** "June 20, 2019", "Thursday, June 20", "May 6" (year from publication). Not "June 20 Movement". */
export const monthDay: DateParser = {
  name: 'month-day',
  cue: MONTH_CUE,
  pattern: new RegExp(
    `(?:\\b(${WEEKDAY_SOURCE}),?${GAP})?\\b(${MONTH_SOURCE})${GAP}(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:.,]\\d|\\d|\\s?[-–])` +
      `(?:,?${GAP}${YEAR})?`,
    'g',
  ),
  read(match, ref, text) {
    const [, weekday, monthText, dayText, yearText] = match;
    if (yearText === undefined && NAME_HEADS.has(wordAfter(text, match.index + match[0].length) ?? '')) return null;
    const month = monthNumber(monthText!);
    if (month === null) return null;
    const found = dayWithYear(ref, match[0], yearText, month, Number(dayText));
    if (found === null) return null;
    const day = found.day;
    const doubt = weekdayDoubt(day, weekday === undefined ? null : weekdayNumber(weekday));
    const result = {
      ...reading(day, day, found.implied, 1),
      ...(found.length === undefined ? {} : { length: found.length }),
    };
    return doubt === undefined ? result : { ...result, doubt };
  },
};
