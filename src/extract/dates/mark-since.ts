import type { DateRefiner } from './candidate.ts';
import { precisionOf } from './reference.ts';

const SINCE = /\b[Ss]ince\s{1,3}$/;

/**
 * "since late April": the period runs from the start of the date to publication. The span grows to take
 * in "since", which is what makes it a period. Without a publication date the end stays the date's own.
 */
export const markSince: DateRefiner = {
  name: 'mark-since',
  refine(candidates, text, ref) {
    return candidates.map((candidate) => {
      const lead = SINCE.exec(text.slice(Math.max(0, candidate.start - 10), candidate.start));
      if (lead === null) return candidate;
      const to = ref.published === null ? candidate.to : Math.max(ref.published, candidate.from);
      return {
        ...candidate,
        start: candidate.start - lead[0].length,
        to,
        since: true,
        precision: precisionOf(candidate.from, to),
      };
    });
  },
};
