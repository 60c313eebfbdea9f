import type { DateParser } from './candidate.ts';
import { reading, statedDay } from './reference.ts';

/**
 * "2019-06-20" and "20/06/2019" (day first, as in most of the world's reports; month first only when the
 * second number cannot be a month). Two-digit years are skipped: too easily a score or a ratio.
 */
export const numericDate: DateParser = {
  name: 'numeric-date',
  cue: /\d[-/.]\d/,
  pattern: /(?<![\d./-])(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})([/.])(\d{1,2})\5(\d{4}))(?![\d]|[-/.]\d)/g,
  read(match, ref) {
    const [, isoYear, isoMonth, isoDay, first, , second, year] = match;
    if (isoYear !== undefined) {
      const day = statedDay(ref, Number(isoYear), Number(isoMonth), Number(isoDay));
      return day === null ? null : reading(day, day, null, 1);
    }
    const a = Number(first);
    const b = Number(second);
    const [dayOfMonth, month] = b > 12 && a <= 12 ? [b, a] : [a, b];
    const day = statedDay(ref, Number(year), month, dayOfMonth);
    return day === null ? null : reading(day, day, null, 1);
  },
};
