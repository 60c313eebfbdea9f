import type { TimePrecision } from '../../core/mention.ts';
import type { DateParser } from './candidate.ts';
import { dayOf, daysInMonth, firstOfMonth, lastOfMonth, partsOf } from './calendar.ts';
import { GAP, WORD_END, YEAR } from './fragments.ts';
import { MONTH_SOURCE, monthNumber } from './lexicon.ts';
import { FROM_PUBLICATION, reading, recentMonthDay, yearAllowed } from './reference.ts';

type Part = 'early' | 'mid' | 'late';

const PARTS: Readonly<Record<string, Part>> = {
  early: 'early', beginning: 'early', start: 'early', mid: 'mid', middle: 'mid', late: 'late', end: 'late',
};

/** Thirds of a month (1-10, 11-20, 21-end): precise to about a week and a half, ACLED precision 2. */
function monthThird(part: Part, year: number, month: number): [number, number] {
  if (part === 'early') return [1, 10];
  if (part === 'mid') return [11, 20];
  return [21, daysInMonth(year, month)];
}

/** Thirds of a year in months, for "early 2020", "late 2019". */
const YEAR_THIRDS: Readonly<Record<Part, [number, number]>> = { early: [1, 4], mid: [5, 8], late: [9, 12] };

/** "mid-March", "early April", "late April 2019", "the end of March", "early 2020". */
export const monthPart: DateParser = {
  name: 'month-part',
  cue: /[Ee]arly|[Mm]id|[Ll]ate|[Bb]eginning|[Ss]tart|[Ee]nd/,
  pattern: new RegExp(
    `\\b(?:([Ee]arly|[Mm]id|[Ll]ate)(?:-|${GAP})|(?:the${GAP})?([Bb]eginning|[Ss]tart|[Ee]nd|[Mm]iddle)${GAP}of${GAP})` +
      `(?:(${MONTH_SOURCE})${WORD_END}(?:,?${GAP}${YEAR})?|${YEAR})`,
    'g',
  ),
  read(match, ref) {
    const [, adverb, noun, monthText, monthYear, bareYear] = match;
    const part = PARTS[(adverb ?? noun ?? '').toLowerCase()];
    if (part === undefined) return null;
    if (bareYear !== undefined) {
      const year = Number(bareYear);
      if (!yearAllowed(ref, year)) return null;
      const [first, last] = YEAR_THIRDS[part];
      return reading(firstOfMonth(year, first), lastOfMonth(year, last), null, 3);
    }
    const month = monthNumber(monthText!);
    if (month === null) return null;
    const precision: TimePrecision = 2;
    if (monthYear !== undefined) {
      const year = Number(monthYear);
      if (!yearAllowed(ref, year)) return null;
      const [a, b] = monthThird(part, year, month);
      return reading(dayOf(year, month, a)!, dayOf(year, month, b)!, null, precision);
    }
    // The most recent such third that had begun by publication.
    const start = recentMonthDay(ref, month, monthThird(part, 2001, month)[0]);
    if (start === null) return null;
    const year = partsOf(start).year;
    const [, b] = monthThird(part, year, month);
    return reading(start, dayOf(year, month, b)!, FROM_PUBLICATION, precision);
  },
};
