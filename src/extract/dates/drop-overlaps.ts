import type { DateCandidate, DateRefiner } from './candidate.ts';

/**
 * Where parsers read overlapping text ("June 20, 2019" is also "June 20"), keep the reading that covers
 * the most text; on a tie the earlier parser in the list wins, so list order is precedence.
 * Claimed characters are marked in a bitmap: candidates are short, so the check costs their length,
 * not the number of readings kept (a hostile line can yield hundreds of thousands).
 */
export const dropOverlaps: DateRefiner = {
  name: 'drop-overlaps',
  refine(candidates) {
    if (candidates.length < 2) return candidates;
    const ranked = candidates
      .map((candidate, order) => ({ candidate, order }))
      .sort((a, b) => b.candidate.end - b.candidate.start - (a.candidate.end - a.candidate.start) || a.order - b.order);
    const claimed = new Uint8Array(candidates.reduce((end, c) => Math.max(end, c.end), 0));
    const kept: DateCandidate[] = [];
    for (const { candidate } of ranked) {
      if (claimed.subarray(candidate.start, candidate.end).includes(1)) continue;
      claimed.fill(1, candidate.start, candidate.end);
      kept.push(candidate);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};
