import { z } from 'zod';
import { EventTypeSchema } from '../core/taxonomy.ts';

/**
 * What a map draws for a filter, aggregated by the store so that a browser never receives every event.
 *
 * Exact places (geo_precision 1, with their own coordinates) inside the view are grouped on a grid whose
 * cells halve with each zoom level; a cell holding one event is that event. Events known only to an admin
 * unit or a country are never points: they are grouped per area (admin1, else country) and placed where
 * their own coordinates lie, else where the exact places stored in that area lie (an anchor for a symbol,
 * not a location), per country below zoom 4. Areas with neither are counted in `unplaced`; only the cells
 * and areas inside the view are returned.
 */

export const MAX_MAP_ZOOM = 16;
/** Below this zoom an admin1 is too small to tell apart: areas are grouped per country. */
export const ADMIN1_AREAS_FROM_ZOOM = 4;
/** Grid cells per 256-pixel tile width: a cell is about 32 pixels across on screen. */
const CELLS_PER_TILE = 8;
/** More cells than any screen shows; beyond it the fullest cells are kept and `truncated` is set. */
export const MAX_CELLS = 5000;

export const MapViewSchema = z.object({
  zoom: z.coerce.number().int().min(0).max(MAX_MAP_ZOOM),
  /**
   * What one mark stands for: an event (one report's account), or an incident (the reconciled record of
   * the events matching the filter, at the mean of their places, exact only if all of them are, with the
   * incident's own killed figure rather than the reports' sum).
   */
  unit: z.enum(['event', 'incident']).default('event'),
  /** The visible box, `west,south,east,north`; default the whole world. */
  view: z
    .string()
    .transform((value) => value.split(',').map((part) => Number(part.trim())))
    .refine((v) => v.length === 4 && v.every(Number.isFinite), 'expected west,south,east,north')
    .refine((v) => v[0]! <= v[2]! && v[1]! <= v[3]!, 'west must not exceed east, nor south north')
    .transform((v) => ({ west: Math.max(v[0]!, -180), south: Math.max(v[1]!, -90), east: Math.min(v[2]!, 180), north: Math.min(v[3]!, 90) }))
    .optional(),
});
/** What a store is asked for; `unit` defaults to events. */
export type MapView = Omit<z.output<typeof MapViewSchema>, 'unit'> & { readonly unit?: z.output<typeof MapViewSchema>['unit'] };

/** The side of a grid cell, in degrees, at a zoom level. */
export function cellDegrees(zoom: number): number {
  return 360 / 2 ** zoom / CELLS_PER_TILE;
}

export const MapCellSchema = z.object({
  lon: z.number(),
  lat: z.number(),
  count: z.number().int().positive(),
  killed: z.number().int().nonnegative(),
  /** The event (or incident), when the cell holds one. */
  id: z.string().nullable(),
  /** The type every event in the cell shares, else null. */
  event_type: EventTypeSchema.nullable(),
});
export type MapCell = z.infer<typeof MapCellSchema>;

export const MapAreaSchema = MapCellSchema.extend({
  iso3: z.string().nullable(),
  admin1: z.string().nullable(),
});
export type MapArea = z.infer<typeof MapAreaSchema>;

export const EventClustersSchema = z.object({
  unit: z.enum(['event', 'incident']),
  /** Events (or incidents) matching the filter, anywhere (the view narrows only what is drawn). */
  count: z.number().int().nonnegative(),
  /** Of those, events with no place a map can show. */
  unplaced: z.number().int().nonnegative(),
  zoom: z.number().int(),
  cells: z.array(MapCellSchema),
  areas: z.array(MapAreaSchema),
  truncated: z.boolean(),
});
export type EventClusters = z.infer<typeof EventClustersSchema>;
