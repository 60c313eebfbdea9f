import type { EventType } from '../core/taxonomy.ts';

/**
 * Every event matching a filter, reduced to what a map draws, as parallel arrays (one JSON array per
 * column): 100,000 events fit in a few megabytes and parse in tens of milliseconds.
 *
 * `exact` is true only for a town-level place (geo_precision 1) with its own coordinates. An event
 * placed only at an admin unit or a country has no coordinates of its own; it gets an `anchor` for its
 * area (the mean of the exact places stored in the same admin1, else country), which a map must draw as
 * an area symbol, never as an exact point. Events with neither are counted in `unplaced`.
 */
export interface EventPoints {
  readonly count: number;
  readonly unplaced: number;
  readonly types: readonly EventType[];
  readonly id: readonly string[];
  readonly lon: readonly number[];
  readonly lat: readonly number[];
  /** Index into `types`, or -1 for an untyped event. */
  readonly type: readonly number[];
  readonly killed: readonly number[];
  /** 1 for an exact place, 0 for an area anchor. */
  readonly exact: readonly (0 | 1)[];
}
