import type { Span } from './span.ts';

/**
 * Answers "does this span overlap any of those?" in logarithmic time, so that checking every mention of a long
 * report against every other stays cheap. Spans may overlap each other.
 */
export function spanIndex(spans: readonly Span[]): (span: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // Largest end seen up to each position: a span starting earlier may still reach past a later start.
  const reach: number[] = [];
  let max = Number.NEGATIVE_INFINITY;
  for (const s of sorted) {
    max = Math.max(max, s.end);
    reach.push(max);
  }
  return (span) => {
    // The last sorted span starting before span.end; any overlap must start there or earlier.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < span.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! > span.start;
  };
}
