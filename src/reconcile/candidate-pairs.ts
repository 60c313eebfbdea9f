import type { EventRecord } from '../core/event.ts';
import { dayRangeOf, dayTolerance } from './event-days.ts';
import { typeFamily } from './type-family.ts';

/** Days per date bucket of the index. */
const BUCKET_DAYS = 8;
/** A range wider than this many buckets (a season, a year) is indexed once, under "wide", not in every bucket. */
const MAX_BUCKETS = 12;

interface Block {
  readonly byAdmin1: Map<string, number[]>;
  /** Events placed no finer than the country: they may be any of the country's admin1 events. */
  readonly open: number[];
}

/**
 * Pairs of events that might report one happening, found through an index rather than by comparing all
 * pairs: the same kind (aggregates only with aggregates), the same country, the same event-type family,
 * a shared date bucket (ranges widened by their precision's tolerance), and the same admin1 unless one of
 * the two is placed only at country level. `wanted(i, j)` skips pairs the caller has no use for;
 * `reachBack(i)` widens an event's range into the days before it (an event dated to its report's day).
 */
export function candidatePairs(
  events: readonly EventRecord[],
  wanted: (i: number, j: number) => boolean = () => true,
  reachBack: (i: number) => number = () => 0,
): [number, number][] {
  const blocks = new Map<string, Block>();
  events.forEach((event, i) => {
    const range = dayRangeOf(event);
    if (range === null) return; // an undated report cannot be placed beside another
    const head = `${event.kind}|${event.iso3 ?? event.country ?? '-'}|${typeFamily(event.event_type)}`;
    const tolerance = dayTolerance(range.precision);
    const first = Math.floor((range.start - Math.max(tolerance, reachBack(i))) / BUCKET_DAYS);
    const last = Math.floor((range.end + tolerance) / BUCKET_DAYS);
    const wide = last - first + 1 > MAX_BUCKETS;
    for (let bucket = first; bucket <= (wide ? first : last); bucket += 1) {
      const key = wide ? `${head}|wide` : `${head}|${bucket}`;
      let block = blocks.get(key);
      if (!block) blocks.set(key, (block = { byAdmin1: new Map(), open: [] }));
      if (event.admin1 === null) block.open.push(i);
      else {
        const list = block.byAdmin1.get(event.admin1);
        if (list) list.push(i);
        else block.byAdmin1.set(event.admin1, [i]);
      }
    }
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const n = events.length;
  const add = (x: number, y: number): void => {
    if (x === y) return;
    const [i, j] = x < y ? [x, y] : [y, x];
    const key = i * n + j;
    if (seen.has(key) || !wanted(i, j)) return;
    seen.add(key);
    pairs.push([i, j]);
  };
  for (const block of blocks.values()) {
    const groups = [...block.byAdmin1.values(), block.open];
    for (const group of groups) for (let a = 0; a < group.length; a += 1) for (let b = a + 1; b < group.length; b += 1) add(group[a]!, group[b]!);
    for (const group of block.byAdmin1.values()) for (const x of block.open) for (const y of group) add(x, y);
  }
  return pairs;
}
