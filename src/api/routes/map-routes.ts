import { Hono } from 'hono';
import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { boundaryLines, type BoundaryLines } from '../../geo/boundary-lines.ts';
import { EventClustersSchema, MapViewSchema } from '../../store/event-clusters.ts';
import { EventFilterSchema } from '../../store/event-filter.ts';
import type { ApiDeps, ApiEnv } from '../api-env.ts';
import { errorResponses } from '../api-error.ts';
import { EventFilterFields } from '../api-schemas.ts';
import { parseOrReject, singleQuery, takeKeys } from '../query-input.ts';

const VIEW_KEYS = Object.keys(MapViewSchema.shape);

export { EventClustersSchema };
export type { EventClusters, MapArea, MapCell } from '../../store/event-clusters.ts';

/**
 * GET /api/map/clusters: the filtered events as a map at one zoom level draws them, aggregated in the
 * store (grid cells of exact places in the view, one group per admin area), so that 100,000 events cost
 * a browser a few hundred features.
 */
export function mapRoutes(deps: ApiDeps) {
  const lines = new Map<1 | 2, BoundaryLines>();
  return new Hono<ApiEnv>()
    .get('/api/map/clusters', async (c) => {
      const [viewQuery, filterQuery] = takeKeys(singleQuery(c), VIEW_KEYS);
      const view = parseOrReject(MapViewSchema, viewQuery);
      const filter = parseOrReject(EventFilterSchema, filterQuery);
      return c.json(await deps.store.eventClusters(filter, view));
    })
    .get('/api/map/boundaries', (c) => {
      const { level } = parseOrReject(BoundaryQuerySchema, singleQuery(c));
      // Provinces thinned to about a kilometre, districts to half that: outlines, not surveying.
      if (!lines.has(level)) lines.set(level, boundaryLines(deps.boundaries(), level, level === 1 ? 0.01 : 0.005));
      c.header('cache-control', 'max-age=300');
      return c.json(lines.get(level)!);
    });
}

export const BoundaryQuerySchema = z.object({ level: z.enum(['1', '2']).default('1').transform((l) => (l === '1' ? 1 : 2) as 1 | 2) }).strict();
const BoundaryLinesSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.object({
    type: z.literal('Feature'),
    properties: z.object({ name: z.string(), code: z.string(), country: z.string(), level: z.union([z.literal(1), z.literal(2)]) }),
    geometry: z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(z.tuple([z.number(), z.number()]))) }),
  })),
});

export const MAP_PATHS: readonly RouteConfig[] = [
  {
    method: 'get',
    path: '/api/map/clusters',
    summary:
      'The filtered events grouped for a map at one zoom level: exact places in grid cells within the view (a cell of one is that event), events placed only to an admin unit or country grouped per area, never as exact points',
    request: { query: EventFilterFields.extend(MapViewSchema.shape) },
    responses: {
      200: { description: 'Cells and areas', content: { 'application/json': { schema: EventClustersSchema } } },
      ...errorResponses(400, 401, 403),
    },
  },
  {
    method: 'get',
    path: '/api/map/boundaries',
    summary: 'Admin boundaries imported into the data directory (sitrep gazetteer import), as GeoJSON lines per unit; empty when none were imported',
    request: { query: z.object({ level: z.enum(['1', '2']).optional() }) },
    responses: {
      200: { description: 'Boundary lines', content: { 'application/json': { schema: BoundaryLinesSchema } } },
      ...errorResponses(400, 401, 403),
    },
  },
];
