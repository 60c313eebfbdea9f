import type { EventClusters } from '../../src/api/routes/map-routes.ts';
import { colourOf } from './event-colours.ts';

/**
 * What the map draws, from the server's clusters: one mark per cell or area, in drawing order. A cell of
 * one event is that event (`event`: a filled disc sized by killed); a cell of several is a `cluster` (a
 * disc sized by its count); events known only to an admin unit or a country are an `area` (a hollow ring,
 * never a point); `tally` marks (totals over a period) are double rings, drawn apart from the incidents.
 */

export type MarkKind = 'event' | 'cluster' | 'area' | 'tally';

export interface Mark {
  readonly kind: MarkKind;
  readonly lon: number;
  readonly lat: number;
  readonly count: number;
  readonly killed: number;
  /** The event type every event of the mark shares, else null. */
  readonly eventType: string | null;
  readonly colour: string;
  /** The event (or incident), when the mark is one. */
  readonly id: string | null;
  /** For areas and tallies: where, to narrow the filters to it. */
  readonly iso3: string | null;
  readonly admin1: string | null;
  /** The disc's or the (outer) ring's radius in pixels, strokes apart. */
  readonly radius: number;
}

/** Grey for a group of mixed types; its own colour when every event in it shares a type. */
export const MIXED_COLOUR = '#37474f';

/** A piecewise linear scale through `stops` ([input, output] pairs), flat beyond the ends. */
function scale(stops: readonly (readonly [number, number])[], v: number): number {
  if (v <= stops[0]![0]) return stops[0]![1];
  for (let i = 1; i < stops.length; i++) {
    const [[x0, y0], [x1, y1]] = [stops[i - 1]!, stops[i]!];
    if (v <= x1) return y0 + ((v - x0) / (x1 - x0)) * (y1 - y0);
  }
  return stops[stops.length - 1]![1];
}

/** One event: bigger with more killed (by the square root, so that a massacre does not cover a region). */
export const killedRadius = (base: number, killed: number): number => scale([[0, base], [3, base + 3], [10, base + 10], [30, base + 22]], Math.sqrt(Math.max(killed, 0)));

/** A group: bigger with more events in it (an area of one event is sized like a cluster of one). */
export const countRadius = (base: number, count: number): number => scale([[1, base], [10, base + 10], [100, base + 26], [320, base + 38]], Math.sqrt(count));

const colour = (type: string | null): string => (type === null ? MIXED_COLOUR : colourOf(type));

/** The marks of the incidents (`points`) and of the tallies, in the order they are drawn: later ones on top. */
export function marksOf(points: EventClusters | null, tallies: EventClusters | null): Mark[] {
  const cells = points?.cells ?? [];
  const base = { iso3: null, admin1: null } as const;
  const of = (c: EventClusters['cells'][number]) => ({ lon: c.lon, lat: c.lat, count: c.count, killed: c.killed, eventType: c.event_type, colour: colour(c.event_type), id: c.id });
  return [
    ...cells.filter((c) => c.count > 1).map((c): Mark => ({ ...of(c), ...base, kind: 'cluster', radius: countRadius(10, c.count) })),
    ...(tallies?.cells ?? []).map((t): Mark => ({ ...of(t), ...base, kind: 'tally', radius: countRadius(11, t.count) })),
    ...(tallies?.areas ?? []).map((t): Mark => ({ ...of(t), iso3: t.iso3, admin1: t.admin1, kind: 'tally', radius: countRadius(11, t.count) })),
    ...(points?.areas ?? []).map((a): Mark => ({ ...of(a), iso3: a.iso3, admin1: a.admin1, kind: 'area', radius: countRadius(9, a.count) })),
    ...cells.filter((c) => c.count === 1).map((c): Mark => ({ ...of(c), ...base, kind: 'event', radius: killedRadius(4, c.killed) })),
  ];
}

/** An area's key, as the admin-unit outlines that stand in for its ring know it. */
export const areaKey = (mark: Pick<Mark, 'iso3' | 'admin1'>): string => `${mark.iso3}|${mark.admin1}`;

/** The mark in words, for the keyboard's announcement. */
export function describeMark(mark: Mark): string {
  const type = mark.eventType ?? 'mixed types';
  const killed = mark.killed > 0 ? `, ${mark.killed} killed` : '';
  const where = [mark.admin1, mark.iso3].filter(Boolean).join(', ');
  if (mark.kind === 'event') return `One event: ${type}${killed}. Enter opens it.`;
  if (mark.kind === 'cluster') return `${mark.count} events here: ${type}${killed}. Enter zooms in.`;
  const what = mark.kind === 'tally' ? `${mark.count === 1 ? 'A tally' : `${mark.count} tallies`} (totals over a period)` : `${mark.count === 1 ? 'One event' : `${mark.count} events`} placed only to an area`;
  return `${what}${where ? ` in ${where}` : ''}: ${type}${killed}. Enter ${mark.count === 1 && mark.id ? 'opens it' : 'narrows the filters to the area'}.`;
}

/** The box around every cell and area of the answers, for framing the first view; null when there is nothing. */
export function clustersExtent(answers: readonly (EventClusters | null)[]): [[number, number], [number, number]] | null {
  const all = answers.flatMap((c) => (c ? [...c.cells, ...c.areas] : []));
  if (all.length === 0) return null;
  let [west, south, east, north] = [180, 90, -180, -90];
  for (const { lon, lat } of all) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [[west, Math.max(south, -75)], [east, Math.min(north, 80)]];
}
