import type { DateParser } from './candidate.ts';
import { firstOfMonth, lastOfMonth, mondayOf, partsOf, shiftMonth } from './calendar.ts';
import { COUNT_SOURCE, countOf } from './lexicon.ts';
import { GAP } from './fragments.ts';
import { reading } from './reference.ts';

const IMPLIED = 'counted back from publication date';

/**
 * "three days ago" (that day), "two weeks ago" (the Monday-Sunday week containing that day), "a month ago"
 * (that calendar month), "a year ago", "a few days ago" (two to seven days back).
 */
export const ago: DateParser = {
  name: 'ago',
  cue: /\bago\b/i,
  pattern: new RegExp(`\\b(a${GAP}few|few|several|${COUNT_SOURCE})${GAP}(day|week|month|year)s?${GAP}ago\\b`, 'gi'),
  read(match, ref) {
    if (ref.published === null || ref.yearOnly) return null;
    const [, countText, unitText] = match;
    const pub = ref.published;
    const unit = unitText!.toLowerCase();
    const vague = /few|several/i.test(countText!);
    if (vague) {
      if (unit !== 'day') return null;
      return reading(pub - 7, pub - 2, IMPLIED, 2);
    }
    const count = countOf(countText!);
    if (count === null || count < 1 || count > 100) return null;
    if (unit === 'day') return reading(pub - count, pub - count, IMPLIED, 1);
    if (unit === 'week') {
      const monday = mondayOf(pub - 7 * count);
      return reading(monday, monday + 6, IMPLIED, 2);
    }
    const now = partsOf(pub);
    if (unit === 'month') {
      const then = shiftMonth(now.year, now.month, count);
      return reading(firstOfMonth(then.year, then.month), lastOfMonth(then.year, then.month), IMPLIED, 3);
    }
    return reading(firstOfMonth(now.year - count, 1), lastOfMonth(now.year - count, 12), IMPLIED, 3);
  },
};
