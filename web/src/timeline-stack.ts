import type { TimelineColumns } from './api.ts';
import { colourOf, EVENT_TYPE_NAMES } from './event-colours.ts';
import { UNTYPED_KEY } from './timeline-series.ts';

/**
 * What the timeline's bands stand for: event types (fixed colours, as on the map) or first actors (the largest
 * few, ranked by their events in the view, the rest as one band). Actors get colours by rank, so the largest
 * actor is always the first colour; "(others)" and events naming no actor are greys.
 */

export type Stack = 'event_type' | 'actor';

/** How many actors the timeline asks for: as many as there are colours apart. */
export const TOP_ACTORS = 8;
/** The server's key for the actors beyond the top (`GET /api/stats/timeline?top=`). */
export const OTHER_ACTORS = '(others)';
export const NO_ACTOR = '(no actor named)';

/** Okabe–Ito's colours without the event types' black, and Tol's wine: eight that colour-blind readers tell apart. */
const ACTOR_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#882255', '#F0E442'];
const OTHERS_COLOUR = '#8c8c8c';
const NO_ACTOR_COLOUR = '#cfcfcf';

export interface StackStyle {
  /** The band names in stacking order (bottom first); a key of null is named `nullName`. */
  readonly order: readonly string[];
  readonly nullName: string;
  colour(name: string): string;
}

export function stackStyle(stack: Stack, columns: TimelineColumns): StackStyle {
  if (stack === 'event_type') return { order: EVENT_TYPE_NAMES, nullName: UNTYPED_KEY, colour: colourOf };
  const total = (k: number): number => columns.events[k]!.reduce((n, v) => n + v, 0);
  const actors = columns.keys
    .map((key, k) => ({ key, events: total(k) }))
    .filter((a): a is { key: string; events: number } => a.key !== null && a.key !== OTHER_ACTORS)
    .sort((a, b) => b.events - a.events || (a.key < b.key ? -1 : 1))
    .map((a) => a.key);
  const order = [...actors, OTHER_ACTORS, NO_ACTOR];
  return {
    order,
    nullName: NO_ACTOR,
    colour: (name) => (name === NO_ACTOR ? NO_ACTOR_COLOUR : name === OTHER_ACTORS ? OTHERS_COLOUR : (ACTOR_COLOURS[actors.indexOf(name)] ?? OTHERS_COLOUR)),
  };
}

/** Reads `stack=actor` from the page's address; type otherwise. */
export function stackOf(search: string): Stack {
  return new URLSearchParams(search).get('stack') === 'actor' ? 'actor' : 'event_type';
}
