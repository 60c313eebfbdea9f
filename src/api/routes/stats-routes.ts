import { Hono } from 'hono';
import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { EventFilterSchema } from '../../store/event-filter.ts';
import { EventCountsSchema, TimelineBucketSchema } from '../../store/store.ts';
import type { ApiDeps, ApiEnv } from '../api-env.ts';
import { errorResponses } from '../api-error.ts';
import { EventFilterFields } from '../api-schemas.ts';
import { parseOrReject, singleQuery, takeKeys } from '../query-input.ts';
import { timelineColumns, TimelineColumnsSchema } from './timeline-columns.ts';

export type { EventCounts } from '../../store/store.ts';

export const TimelineQuerySchema = z.object({
  interval: z.enum(['day', 'week', 'month']).default('day'),
  /** `actor`: the event's first actor (ACLED's actor1, the side that acted), by name. */
  by: z.enum(['event_type', 'admin1', 'actor']).default('event_type'),
  /** Keep the N keys with the most events and sum the rest under "(others)"; by actor, 10 unless given. */
  top: z.coerce.number().int().min(1).max(50).optional(),
  /** One object per bucket, or the same as columns (what the dashboard asks for: a tenth of the bytes). */
  shape: z.enum(['buckets', 'columns']).default('buckets'),
});
const OPTION_KEYS = Object.keys(TimelineQuerySchema.shape);

/** Hundreds of actors make no readable chart: the largest ten, and the rest as one band. */
const DEFAULT_TOP_ACTORS = 10;

export const TimelineSchema = z.object({
  interval: TimelineQuerySchema.shape.interval,
  by: TimelineQuerySchema.shape.by,
  buckets: z.array(TimelineBucketSchema),
});
const TimelineAsColumnsSchema = TimelineColumnsSchema.extend({ interval: TimelineQuerySchema.shape.interval, by: TimelineQuerySchema.shape.by });

/**
 * GET /api/stats/timeline: events and killed (best figure) per day, ISO week or month, by event type or admin1.
 * GET /api/stats/counts: how many events the filters match, incidents and tallies apart.
 */
export function statsRoutes(deps: ApiDeps) {
  return new Hono<ApiEnv>()
    .get('/api/stats/timeline', async (c) => {
      const [optionQuery, filterQuery] = takeKeys(singleQuery(c), OPTION_KEYS);
      const options = parseOrReject(TimelineQuerySchema, optionQuery);
      const filter = parseOrReject(EventFilterSchema, filterQuery);
      const top = options.top ?? (options.by === 'actor' ? DEFAULT_TOP_ACTORS : undefined);
      const buckets = await deps.store.timeline(filter, { interval: options.interval, group_by: options.by, top });
      const head = { interval: options.interval, by: options.by };
      return c.json(options.shape === 'columns' ? { ...head, ...timelineColumns(buckets) } : { ...head, buckets: [...buckets] });
    })
    .get('/api/stats/counts', async (c) => c.json(await deps.store.countEvents(parseOrReject(EventFilterSchema, singleQuery(c)))));
}

export const STATS_PATHS: readonly RouteConfig[] = [
  {
    method: 'get',
    path: '/api/stats/timeline',
    summary: 'Events and killed (best figure) per day, ISO week or month (named by its first day), by event type, admin1 or first actor (the largest `top` kept, the rest summed as "(others)"), over the filtered events',
    request: { query: EventFilterFields.extend(TimelineQuerySchema.shape) },
    responses: {
      200: { description: 'Buckets in period order, or (shape=columns) per key its values per period', content: { 'application/json': { schema: z.union([TimelineSchema, TimelineAsColumnsSchema]) } } },
      ...errorResponses(400, 401, 403),
    },
  },
  {
    method: 'get',
    path: '/api/stats/counts',
    summary: 'How many events the filters match: in all, and of them incidents and tallies (kind aggregate) apart',
    request: { query: EventFilterFields },
    responses: {
      200: { description: 'Counts', content: { 'application/json': { schema: EventCountsSchema } } },
      ...errorResponses(400, 401, 403),
    },
  },
];
