import type { DateParser } from './candidate.ts';
import { GAP, wordAfter, wordBefore } from './fragments.ts';
import { reading } from './reference.ts';

/** Days before publication for each phrase, keyed by its words with single spaces. */
const OFFSETS: Readonly<Record<string, number>> = {
  today: 0, tonight: 0, 'this morning': 0, 'this afternoon': 0, 'this evening': 0, 'earlier today': 0,
  'early today': 0, 'late today': 0, yesterday: 1, 'late yesterday': 1, 'early yesterday': 1,
  'last night': 1, overnight: 1, 'the day before yesterday': 2, 'the previous day': 1, 'the previous night': 1,
  'a day earlier': 1,
};

// "overnight" is a date only as an adverb: "an overnight curfew" or "overnight shifts" are not.
const ADVERB_FOLLOWERS = new Set([
  'in', 'on', 'at', 'near', 'and', 'to', 'into', 'from', 'as', 'after', 'when', 'while', 'the', 'a', 'by',
  'with', 'across', 'around', 'inside', 'outside', 'targeting', 'against', 'north', 'south', 'east', 'west',
]);

/** "an overnight missile attack", "the overnight raid": an attack dated by its adjective, unlike "an overnight curfew". */
const ATTACK_AFTER = /^\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|airstrikes?|raids?|assaults?|shelling|bombardment|bombing|clash(?:es)?|fighting|ambush|offensive|explosions?|blasts?)\b/i;

function namesAttack(text: string, end: number): boolean {
  return ATTACK_AFTER.test(text.slice(end, end + 40));
}

/**
 * "yesterday", "today", "this morning", "last night", "overnight", "the day before yesterday", and the day
 * before told from the report's side ("the previous day", "a day earlier"), counted from publication.
 */
export const deicticDay: DateParser = {
  name: 'deictic-day',
  cue: /today|tonight|yesterday|this (?:morning|afternoon|evening)|night|day earlier|previous day/i,
  pattern: new RegExp(
    `\\b(?:the${GAP}day${GAP}before${GAP}yesterday|(?:earlier|early|late)${GAP}(?:today|yesterday)|yesterday|today|` +
      `tonight|this${GAP}(?:morning|afternoon|evening)|last${GAP}night|overnight|the${GAP}previous${GAP}(?:day|night)|` +
      `a${GAP}day${GAP}earlier)\\b`,
    'gi',
  ),
  read(match, ref, text) {
    if (ref.published === null || ref.yearOnly) return null;
    const phrase = match[0].toLowerCase().replace(/\s+/g, ' ');
    const back = OFFSETS[phrase];
    if (back === undefined) return null;
    if (phrase === 'overnight') {
      const before = wordBefore(text, match.index)?.toLowerCase();
      const after = wordAfter(text, match.index + match[0].length);
      const attack = namesAttack(text, match.index + match[0].length);
      if (!attack && (before === 'an' || before === 'the' || before === 'a')) return null;
      if (!attack && after !== null && /^\p{Ll}/u.test(after) && !ADVERB_FOLLOWERS.has(after)) return null;
    }
    const day = ref.published - back;
    return reading(day, day, back === 0 ? 'the publication date' : 'counted back from publication date', 1);
  },
};
