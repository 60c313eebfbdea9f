import type { TimelineOptions } from '../event-filter.ts';
import type { TimelineBucket } from '../store.ts';
import type { EventColumns } from './event-columns.ts';

/**
 * Events and killed per day or ISO week, by event type or admin1, over the matching rows: what the SQL
 * timeline groups, in one pass. Each distinct date is turned into its period once.
 */

/** The Monday that starts the ISO week of a YYYY-MM-DD date, as YYYY-MM-DD. */
export function weekStart(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10);
}

export function columnTimeline(columns: EventColumns, rows: Int32Array, options: TimelineOptions): TimelineBucket[] {
  const periods = columns.sortDate.values.map((d) => (d === '' ? null : options.interval === 'week' ? weekStart(d) : d));
  const keyColumn = options.group_by === 'admin1' ? columns.admin1 : columns.eventType;
  const width = keyColumn.values.length + 1;
  const buckets = new Map<number, { period: string; key: string | null; events: number; killed: number }>();
  for (const i of rows) {
    const dateCode = columns.sortDate.codes[i]!;
    const period = periods[dateCode];
    if (period === null || period === undefined) continue;
    const keyCode = keyColumn.codes[i]!;
    // Periods repeat across date codes (seven days to a week): the bucket is keyed by the period's text.
    const slot = dateCode * width + keyCode + 1;
    let bucket = buckets.get(slot);
    if (!bucket) buckets.set(slot, (bucket = { period, key: keyCode < 0 ? null : keyColumn.values[keyCode]!, events: 0, killed: 0 }));
    bucket.events++;
    const killed = columns.killed[i]!;
    if (killed > 0) bucket.killed += killed;
  }
  const merged = new Map<string, TimelineBucket & { events: number; killed: number }>();
  for (const b of buckets.values()) {
    const key = `${b.period}\u0000${b.key ?? ''}\u0000${b.key === null ? 1 : 0}`;
    const seen = merged.get(key);
    if (seen) (seen.events += b.events), (seen.killed += b.killed);
    else merged.set(key, { ...b });
  }
  return [...merged.values()].sort((a, b) => compareText(a.period, b.period) || compareText(a.key, b.key));
}

/** As the SQL timeline sorts: text order, NULL keys last. */
function compareText(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
