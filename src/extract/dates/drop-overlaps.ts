import type { DateCandidate, DateRefiner } from './candidate.ts';

/**
 * Where parsers read overlapping text ("June 20, 2019" is also "June 20"), keep the reading that covers
 * the most text; on a tie the earlier parser in the list wins, so list order is precedence.
 */
export const dropOverlaps: DateRefiner = {
  name: 'drop-overlaps',
  refine(candidates) {
    const ranked = candidates
      .map((candidate, order) => ({ candidate, order }))
      .sort((a, b) => b.candidate.end - b.candidate.start - (a.candidate.end - a.candidate.start) || a.order - b.order);
    const kept: DateCandidate[] = [];
    for (const { candidate } of ranked) {
      if (kept.every((other) => candidate.end <= other.start || other.end <= candidate.start)) kept.push(candidate);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};
