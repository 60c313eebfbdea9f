import { Hono } from 'hono';
import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { EventTypeSchema } from '../../core/taxonomy.ts';
import { EventFilterSchema } from '../../store/event-filter.ts';
import type { EventPoints } from '../../store/event-points.ts';
import type { ApiDeps, ApiEnv } from '../api-env.ts';
import { errorResponses } from '../api-error.ts';
import { EventFilterFields } from '../api-schemas.ts';
import { parseOrReject, singleQuery } from '../query-input.ts';

/** The map's points as parallel arrays (see store/event-points.ts): what the dashboard draws 100k events from. */
export const EventPointsSchema = z.object({
  count: z.number().int().nonnegative(),
  unplaced: z.number().int().nonnegative(),
  types: z.array(EventTypeSchema),
  id: z.array(z.string()),
  lon: z.array(z.number()),
  lat: z.array(z.number()),
  type: z.array(z.number().int().min(-1)),
  killed: z.array(z.number().int().nonnegative()),
  exact: z.array(z.union([z.literal(0), z.literal(1)])),
}) satisfies z.ZodType<EventPoints>;

export type { EventPoints };

/** GET /api/map/points: every event matching the filters, reduced to a point (exact) or an area anchor. */
export function mapRoutes(deps: ApiDeps) {
  return new Hono<ApiEnv>().get('/api/map/points', async (c) => {
    const filter = parseOrReject(EventFilterSchema, singleQuery(c));
    const points: EventPoints = await deps.store.eventPoints(filter);
    return c.json(points);
  });
}

export const MAP_PATHS: readonly RouteConfig[] = [
  {
    method: 'get',
    path: '/api/map/points',
    summary: 'Every filtered event as a map point, in parallel arrays; exact = 0 marks an area anchor (admin unit or country), never an exact place',
    request: { query: EventFilterFields },
    responses: {
      200: { description: 'The points', content: { 'application/json': { schema: EventPointsSchema } } },
      ...errorResponses(400, 401, 403),
    },
  },
];
