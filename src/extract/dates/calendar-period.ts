import type { DateParser } from './candidate.ts';
import { firstOfMonth, lastOfMonth, mondayOf, partsOf, shiftMonth } from './calendar.ts';
import { GAP } from './fragments.ts';
import { reading } from './reference.ts';

const IMPLIED = 'calendar period of publication date';

/**
 * Calendar periods named relative to publication: "last week" (Monday-Sunday before), "this week",
 * "earlier this month", "last month", "last year", "the start of the year" (its first month).
 */
export const calendarPeriod: DateParser = {
  name: 'calendar-period',
  cue: /\b(?:week|month|year)\b/i,
  pattern: new RegExp(
    `\\b(last|this|earlier${GAP}this|(?:the${GAP})?(?:start|beginning)${GAP}of${GAP}(?:the|this))${GAP}(week|month|year)\\b`,
    'gi',
  ),
  read(match, ref) {
    if (ref.published === null || ref.yearOnly) return null;
    const pub = ref.published;
    const which = match[1]!.toLowerCase().replace(/\s+/g, ' ');
    const unit = match[2]!.toLowerCase();
    const now = partsOf(pub);
    const start =
      unit === 'week' ? mondayOf(pub) : unit === 'month' ? firstOfMonth(now.year, now.month) : firstOfMonth(now.year, 1);
    if (which === 'last') {
      if (unit === 'week') return reading(start - 7, start - 1, IMPLIED, 2);
      if (unit === 'month') {
        const then = shiftMonth(now.year, now.month, 1);
        return reading(firstOfMonth(then.year, then.month), lastOfMonth(then.year, then.month), IMPLIED, 3);
      }
      return reading(firstOfMonth(now.year - 1, 1), lastOfMonth(now.year - 1, 12), IMPLIED, 3);
    }
    if (which.includes('start') || which.includes('beginning')) {
      if (unit === 'week') return reading(start, Math.min(start + 1, pub), IMPLIED, 2);
      if (unit === 'month') return reading(start, Math.min(start + 9, pub), IMPLIED, 2);
      return reading(start, Math.min(lastOfMonth(now.year, 1), pub), IMPLIED, 3);
    }
    // "earlier this week" excludes the day of publication unless nothing else is left.
    const end = which.startsWith('earlier') ? Math.max(start, pub - 1) : pub;
    return reading(start, end, IMPLIED, unit === 'week' ? 2 : 3);
  },
};
