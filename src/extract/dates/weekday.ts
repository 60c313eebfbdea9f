import type { DateParser } from './candidate.ts';
import { weekdayOf } from './calendar.ts';
import { GAP } from './fragments.ts';
import { WEEKDAY_SOURCE, weekdayNumber } from './lexicon.ts';
import { reading } from './reference.ts';

// Weekdays that name a custom or a habit, or look forward, rather than a day of the report.
const NOT_A_DAY = `(?<!\\b(?:[Ee]very|[Gg]ood|[Bb]lack|[Bb]loody|[Nn]ext|[Cc]oming|[Aa]sh|[Pp]alm|[Ee]aster)${GAP})`;

/**
 * "on Thursday", "last Thursday", "Thursday night", "overnight Thursday", "late on Thursday":
 * the most recent such weekday on or before publication ("last": strictly before).
 */
export const weekday: DateParser = {
  name: 'weekday',
  cue: new RegExp(WEEKDAY_SOURCE),
  pattern: new RegExp(
    `(?:\\b([Ll]ast|[Oo]vernight|[Ll]ate|[Ee]arly|[Tt]his)(?:${GAP}on)?${GAP})?${NOT_A_DAY}\\b(${WEEKDAY_SOURCE})` +
      `(?:${GAP}(night|evening|morning|afternoon|overnight))?(?![A-Za-z])`,
    'g',
  ),
  read(match, ref) {
    if (ref.published === null || ref.yearOnly) return null;
    const [, qualifier, name] = match;
    const target = weekdayNumber(name!);
    if (target === null) return null;
    let back = (weekdayOf(ref.published) - target + 7) % 7;
    if (back === 0 && qualifier?.toLowerCase() === 'last') back = 7;
    const day = ref.published - back;
    return reading(day, day, 'weekday resolved against publication date', 1);
  },
};
