import type { DateParser } from './candidate.ts';
import { COUNT_SOURCE, countOf } from './lexicon.ts';
import { GAP } from './fragments.ts';
import { reading } from './reference.ts';

const UNIT_DAYS: Readonly<Record<string, number>> = { hour: 1 / 24, day: 1, week: 7, month: 30, year: 365 };

/** "the past 24 hours", "the last week", "the past three days": from that far back up to publication. */
export const pastPeriod: DateParser = {
  name: 'past-period',
  cue: /\b(?:past|last|previous)\b/i,
  pattern: new RegExp(`\\bthe${GAP}(?:past|last|previous)${GAP}(?:(${COUNT_SOURCE})${GAP})?(hour|day|week|month|year)s?\\b`, 'gi'),
  read(match, ref) {
    if (ref.published === null || ref.yearOnly) return null;
    // "the previous day" is one day (deictic-day reads it), not the span up to publication.
    if (match[1] === undefined && /previous/i.test(match[0]) && /day/i.test(match[2]!)) return null;
    const count = match[1] === undefined ? 1 : countOf(match[1]);
    const unit = UNIT_DAYS[match[2]!.toLowerCase()];
    if (count === null || unit === undefined || count < 1) return null;
    const days = Math.max(1, Math.ceil(count * unit));
    if (days > 3660) return null;
    return reading(ref.published - days, ref.published, 'counted back from publication date');
  },
};
