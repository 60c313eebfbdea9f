import type { DateRefiner } from './candidate.ts';
import { precisionOf } from './reference.ts';

const SINCE = /\b[Ss]ince\s{1,3}$/;
/** "since the warplanes returned in the afternoon of 10 February": a period opened by a resumption or start. */
const SINCE_CLAUSE = /\b[Ss]ince\s+(?:[\p{L}'’-]+\s+){0,9}?(?:began|begun|started|returned|resumed|erupted|broke out|escalated|intensified|launched)\s+(?:[\p{L}'’-]+\s+){0,5}$/u;
const CLAUSE_REACH = 120;

/**
 * "since late April": the period runs from the start of the date to publication. The span grows to take
 * in "since", which is what makes it a period. Without a publication date the end stays the date's own.
 */
export const markSince: DateRefiner = {
  name: 'mark-since',
  refine(candidates, text, ref) {
    return candidates.map((candidate) => {
      const lead = SINCE.exec(text.slice(Math.max(0, candidate.start - 10), candidate.start)) ?? SINCE_CLAUSE.exec(text.slice(Math.max(0, candidate.start - CLAUSE_REACH), candidate.start));
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
