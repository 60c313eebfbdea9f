import type { TimelineColumns } from './api.ts';

/**
 * The timeline's columns (per event type or actor, a value per period) as a stacked chart draws them: one x per
 * period, and for each type its value stacked on the types before it, so that each band's top is a running total.
 */

export interface StackedSeries {
  /** Period starts, in seconds since the epoch (what uPlot's time axis takes). */
  readonly xs: number[];
  readonly keys: string[];
  /** Per key, the running total up to and including that key, per period. */
  readonly stacked: number[][];
  /** Per key, its own value per period (for tooltips and the accessible table). */
  readonly own: number[][];
}

export const UNTYPED_KEY = '(untyped)';

export function stackSeries(columns: TimelineColumns, measure: 'events' | 'killed', keyOrder: readonly string[], nullName = UNTYPED_KEY): StackedSeries {
  const named = columns.keys.map((k) => k ?? nullName);
  const keys = [...keyOrder.filter((k) => named.includes(k)), ...named.filter((k) => !keyOrder.includes(k)).sort()];
  const own = keys.map((k) => [...columns[measure][named.indexOf(k)]!]);
  const stacked: number[][] = [];
  own.forEach((values, k) => stacked.push(values.map((v, i) => v + (k > 0 ? stacked[k - 1]![i]! : 0))));
  return { xs: columns.periods.map((p) => Date.parse(`${p}T00:00:00Z`) / 1000), keys, stacked, own };
}

/** The date range a brush selected, as inclusive YYYY-MM-DD days (a week bucket's last day is its Sunday). */
export function brushedRange(fromSeconds: number, toSeconds: number): { from: string; to: string } {
  const day = (s: number): string => new Date(s * 1000).toISOString().slice(0, 10);
  return { from: day(Math.min(fromSeconds, toSeconds)), to: day(Math.max(fromSeconds, toSeconds)) };
}

export type TimelineInterval = 'day' | 'week' | 'month';

/**
 * The bars the timeline asks for, by the dates the filters span (`to` open: until `today`): days for up to
 * three months, weeks for up to two years, months beyond or when `from` is open (decades of events).
 * A few hundred bars at most, whatever the range.
 */
export function timelineInterval(from: string | undefined, to: string | undefined, today: string): TimelineInterval {
  const days = from ? (Date.parse(to ?? today) - Date.parse(from)) / 86_400_000 : Infinity;
  if (!Number.isFinite(days)) return 'month';
  return days <= 92 ? 'day' : days <= 731 ? 'week' : 'month';
}
