import type { DateCandidate, DateRefiner } from './candidate.ts';
import { precisionOf } from './reference.ts';

// What may stand between the two ends of a range, and what may open it.
const JOIN = /^\s{0,3}(?:[-–—]|to|until|till|through|and)\s{0,3}$/i;
const OPENER = /\b(from|between)\s{1,3}$/i;

/**
 * "from 3 March to 5 April", "between 28 February and 2 March": two dates read as one range.
 * "and" joins only after "between", else "on 3 March and 5 April" would become a month-long range.
 */
export const mergeRanges: DateRefiner = {
  name: 'merge-ranges',
  refine(candidates, text) {
    const out: DateCandidate[] = [];
    for (let i = 0; i < candidates.length; i += 1) {
      const first = candidates[i]!;
      const second = candidates[i + 1];
      const gap = second === undefined ? '' : text.slice(first.end, second.start);
      const opener = OPENER.exec(text.slice(Math.max(0, first.start - 12), first.start));
      const joined = second !== undefined && JOIN.test(gap) && second.to >= first.from;
      const needsOpener = /and/i.test(gap);
      if (!joined || (needsOpener && opener?.[1]?.toLowerCase() !== 'between')) {
        out.push(first);
        continue;
      }
      const start = opener === null ? first.start : first.start - opener[0].length;
      out.push({
        ...first,
        start,
        end: second.end,
        to: second.to,
        precision: precisionOf(first.from, second.to),
        implied: first.implied ?? second.implied,
        parser: `${first.parser}+${second.parser}`,
      });
      i += 1;
    }
    return out;
  },
};
