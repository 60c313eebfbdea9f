import type { DateParser } from './candidate.ts';
import { firstOfMonth, lastOfMonth, partsOf } from './calendar.ts';
import { GAP, WORD_END, YEAR, wordBefore } from './fragments.ts';
import { MONTH_CUE, MONTH_SOURCE, monthNumber } from './lexicon.ts';
import { reading, yearAllowed } from './reference.ts';

// A bare month name is read as a date only after one of these; "March" and "May" alone are too often words.
const LEADS = new Set(['in', 'since', 'during', 'until', 'throughout', 'before', 'after', 'from', 'by', 'of']);

// A month with a day beside it belongs to the day parsers; if they rejected it ("31 February") so do we.
const NO_DAY_BEFORE = `(?<!\\d(?:st|nd|rd|th)?(?:${GAP}of)?${GAP})`;

/** "in March 2021", "March 2021", "last September", "this May", "in March" (year from publication). */
export const monthYear: DateParser = {
  name: 'month-year',
  cue: MONTH_CUE,
  pattern: new RegExp(
    `(?:\\b([Ll]ast|[Tt]his)${GAP})?${NO_DAY_BEFORE}\\b(${MONTH_SOURCE})${WORD_END}(?!${GAP}\\d{1,2}(?!\\d))(?:,?${GAP}${YEAR})?`,
    'g',
  ),
  read(match, ref, text) {
    const [, relative, monthText, yearText] = match;
    const month = monthNumber(monthText!);
    if (month === null) return null;
    if (yearText !== undefined) {
      const year = Number(yearText);
      if (!yearAllowed(ref, year)) return null;
      return reading(firstOfMonth(year, month), lastOfMonth(year, month), null, 3);
    }
    const lead = relative === undefined && LEADS.has(wordBefore(text, match.index)?.toLowerCase() ?? '');
    if (ref.published === null || (relative === undefined && !lead)) return null;
    const now = partsOf(ref.published);
    let year: number;
    let implied: string;
    if (relative?.toLowerCase() === 'last') {
      // "last September" is the latest September wholly before the month of publication.
      year = month < now.month ? now.year : now.year - 1;
      implied = 'most recent such month before publication';
    } else if (relative !== undefined) {
      year = now.year;
      implied = 'year of publication';
    } else {
      year = month <= now.month ? now.year : now.year - 1;
      implied = 'year from publication date';
    }
    const from = firstOfMonth(year, month);
    // Reports look back: a month that has not begun by publication ("this December" in June) is not resolved.
    if (from > ref.published) return null;
    return reading(from, Math.min(lastOfMonth(year, month), ref.published), implied, 3);
  },
};
