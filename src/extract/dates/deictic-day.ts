import type { DateParser } from './candidate.ts';
import { GAP, wordAfter, wordBefore } from './fragments.ts';
import { reading } from './reference.ts';

/** Days before publication for each phrase, keyed by its words with single spaces. */
const OFFSETS: Readonly<Record<string, number>> = {
  today: 0, tonight: 0, 'this morning': 0, 'this afternoon': 0, 'this evening': 0, 'earlier today': 0,
  'early today': 0, 'late today': 0, yesterday: 1, 'late yesterday': 1, 'early yesterday': 1,
  'last night': 1, overnight: 1, 'the day before yesterday': 2,
};

// "overnight" is a date only as an adverb: "an overnight curfew" or "overnight shifts" are not.
const ADVERB_FOLLOWERS = new Set([
  'in', 'on', 'at', 'near', 'and', 'to', 'into', 'from', 'as', 'after', 'when', 'while', 'the', 'a', 'by',
  'with', 'across', 'around', 'inside', 'outside', 'targeting', 'against', 'north', 'south', 'east', 'west',
]);

/** "yesterday", "today", "this morning", "last night", "overnight", "the day before yesterday". */
export const deicticDay: DateParser = {
  name: 'deictic-day',
  cue: /today|tonight|yesterday|this (?:morning|afternoon|evening)|night/i,
  pattern: new RegExp(
    `\\b(?:the${GAP}day${GAP}before${GAP}yesterday|(?:earlier|early|late)${GAP}(?:today|yesterday)|yesterday|today|` +
      `tonight|this${GAP}(?:morning|afternoon|evening)|last${GAP}night|overnight)\\b`,
    'gi',
  ),
  read(match, ref, text) {
    if (ref.published === null) return null;
    const phrase = match[0].toLowerCase().replace(/\s+/g, ' ');
    const back = OFFSETS[phrase];
    if (back === undefined) return null;
    if (phrase === 'overnight') {
      const before = wordBefore(text, match.index)?.toLowerCase();
      const after = wordAfter(text, match.index + match[0].length);
      if (before === 'an' || before === 'the' || before === 'a') return null;
      if (after !== null && /^\p{Ll}/u.test(after) && !ADVERB_FOLLOWERS.has(after)) return null;
    }
    const day = ref.published - back;
    return reading(day, day, back === 0 ? 'the publication date' : 'counted back from publication date', 1);
  },
};
