import type { TimelineBucket } from './store.ts';

/**
 * A timeline cut to its largest keys: with hundreds of actors, a stacked chart can show a handful, and the
 * rest as one band. Keys are ranked by their events over the whole range (ties in text order); events with
 * no key (null) are never folded in, as "unknown" is not "other".
 */

/** The key the folded keys are summed under. */
export const OTHER_KEYS = '(others)';

export function keepTopKeys(buckets: readonly TimelineBucket[], top: number): TimelineBucket[] {
  const totals = new Map<string, number>();
  for (const b of buckets) if (b.key !== null) totals.set(b.key, (totals.get(b.key) ?? 0) + b.events);
  if (totals.size <= top) return [...buckets];
  const kept = new Set([...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, top).map(([key]) => key));
  const out: TimelineBucket[] = [];
  const others = new Map<string, TimelineBucket>();
  for (const b of buckets) {
    if (b.key === null || kept.has(b.key)) {
      out.push(b);
      continue;
    }
    const folded = others.get(b.period);
    if (folded) others.set(b.period, { ...folded, events: folded.events + b.events, killed: folded.killed + b.killed });
    else others.set(b.period, { period: b.period, key: OTHER_KEYS, events: b.events, killed: b.killed });
  }
  return [...out, ...others.values()];
}

/** As the SQL timeline sorts: period, then key in text order with no key (null) last. */
export function sortBuckets(buckets: TimelineBucket[]): TimelineBucket[] {
  return buckets.sort((a, b) => compareText(a.period, b.period) || compareText(a.key, b.key));
}

export function compareText(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
