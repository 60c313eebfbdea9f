import type { DateParser } from './candidate.ts';
import { firstOfMonth, lastOfMonth } from './calendar.ts';
import { GAP, wordAfter } from './fragments.ts';
import { reading, yearAllowed } from './reference.ts';

// A bare four-digit number is a year only after one of these ("in 2020", "since 2011").
const LEAD = `(?<=\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Tt]hroughout|[Bb]efore|[Aa]fter|[Ff]rom|[Bb]y|[Oo]f)${GAP})`;

/**
 * Lower-case words that may follow a year. Any other lower-case word makes the number a count
 * ("in 2020 soldiers") and any number a time is ruled out by the lead words ("at 1200 GMT").
 */
const MAY_FOLLOW = new Set([
  'and', 'or', 'when', 'while', 'after', 'before', 'as', 'but', 'that', 'the', 'a', 'an', 'to', 'until', 'in',
  'on', 'at', 'amid', 'following', 'with', 'during', 'alone', 'onwards', 'onward', 'elections', 'election',
]);

/** "in 2020", "since 2011", "during 2019": the whole year, ACLED precision 3. */
export const year: DateParser = {
  name: 'year',
  cue: /\d{4}/,
  pattern: new RegExp(`${LEAD}(?<![\\d.,])(\\d{4})(?![\\d.,:]\\d|\\d|[-–/]\\d|%)`, 'g'),
  read(match, ref, text) {
    const value = Number(match[1]);
    if (!yearAllowed(ref, value)) return null;
    const next = wordAfter(text, match.index + match[0].length);
    if (next !== null && /^\p{Ll}/u.test(next) && !MAY_FOLLOW.has(next)) return null;
    return reading(firstOfMonth(value, 1), lastOfMonth(value, 12), null, 3);
  },
};
