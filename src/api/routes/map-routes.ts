import { Hono } from 'hono';
import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
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
  return new Hono<ApiEnv>().get('/api/map/clusters', async (c) => {
    const [viewQuery, filterQuery] = takeKeys(singleQuery(c), VIEW_KEYS);
    const view = parseOrReject(MapViewSchema, viewQuery);
    const filter = parseOrReject(EventFilterSchema, filterQuery);
    return c.json(await deps.store.eventClusters(filter, view));
  });
}

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
];
