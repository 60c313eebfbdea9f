import type { TimelineOptions } from '../event-filter.ts';
import type { TimelineBucket } from '../store.ts';
import type { EventColumns } from './event-columns.ts';
import { compareText } from '../timeline-keys.ts';

/**
 * Events and killed per day, ISO week or month (named by its first day), by event type, admin1 or first actor (its key), over the matching rows: what the SQL
 * timeline groups, in one pass. Each distinct date is turned into its period once.
 */

/** The Monday that starts the ISO week of a YYYY-MM-DD date, as YYYY-MM-DD. */
export function weekStart(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10);
}

/** Per date code, the index of its period in `names` (text order); -1 for undated. */
interface Periods {
  readonly ofDate: Int32Array;
  readonly names: readonly string[];
}

/** Worked out once per snapshot and interval: thousands of distinct dates, each turned into its period once. */
const periodCache = new WeakMap<EventColumns, Partial<Record<TimelineOptions['interval'], Periods>>>();

function periodsOf(columns: EventColumns, interval: TimelineOptions['interval']): Periods {
  const cached = periodCache.get(columns) ?? {};
  periodCache.set(columns, cached);
  if (cached[interval]) return cached[interval];
  const ofValue = columns.sortDate.values.map((d) => (d === '' ? null : interval === 'week' ? weekStart(d) : interval === 'month' ? `${d.slice(0, 7)}-01` : d));
  const names = [...new Set(ofValue.filter((p): p is string => p !== null))].sort();
  const index = new Map(names.map((name, i) => [name, i]));
  const ofDate = Int32Array.from(ofValue, (p) => (p === null ? -1 : index.get(p)!));
  return (cached[interval] = { ofDate, names });
}

export function columnTimeline(columns: EventColumns, rows: Int32Array, options: TimelineOptions): TimelineBucket[] {
  const { ofDate, names } = periodsOf(columns, options.interval);
  const keyColumn = { event_type: columns.eventType, admin1: columns.admin1, actor: columns.actor1 }[options.group_by];
  // Keys ranked in text order with NULL last, so that a bucket's slot number sorts as the SQL timeline does.
  const ranked = keyColumn.values.map((_, code) => code).sort((a, b) => compareText(keyColumn.values[a]!, keyColumn.values[b]!));
  const rankOf = new Int32Array(keyColumn.values.length);
  ranked.forEach((code, rank) => (rankOf[code] = rank));
  const width = keyColumn.values.length + 1;
  const buckets = new Map<number, { events: number; killed: number }>();
  for (const i of rows) {
    const period = ofDate[columns.sortDate.codes[i]!]!;
    if (period < 0) continue;
    const keyCode = keyColumn.codes[i]!;
    const slot = period * width + (keyCode < 0 ? width - 1 : rankOf[keyCode]!);
    let bucket = buckets.get(slot);
    if (!bucket) buckets.set(slot, (bucket = { events: 0, killed: 0 }));
    bucket.events++;
    const killed = columns.killed[i]!;
    if (killed > 0) bucket.killed += killed;
  }
  return [...buckets.keys()].sort((a, b) => a - b).map((slot) => {
    const rank = slot % width;
    const key = rank === width - 1 ? null : keyColumn.values[ranked[rank]!]!;
    return { period: names[Math.floor(slot / width)]!, key, ...buckets.get(slot)! };
  });
}
