import type { DateParser } from './candidate.ts';
import { DAY, GAP, WORD_END, YEAR, wordAfter } from './fragments.ts';
import { MONTH_CUE, MONTH_SOURCE, monthNumber, NAME_HEADS, WEEKDAY_SOURCE, weekdayNumber } from './lexicon.ts';
import { dayWithYear, reading, weekdayDoubt } from './reference.ts';

/** "3 February 2022", "the 10th of February 2018", "Thursday, 20 June", "20 June" (year from publication). */
export const dayMonth: DateParser = {
  name: 'day-month',
  cue: MONTH_CUE,
  pattern: new RegExp(
    `(?:\\b(${WEEKDAY_SOURCE}),?${GAP}(?:the${GAP})?)?${DAY}(?:${GAP}of)?${GAP}(${MONTH_SOURCE})${WORD_END}` +
      `(?:,?${GAP}${YEAR})?`,
    'g',
  ),
  read(match, ref, text) {
    const [, weekday, dayText, monthText, yearText] = match;
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
