import { Hono } from 'hono';
import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { EventRecordSchema } from '../../core/event.ts';
import { PageSchema } from '../../store/event-filter.ts';
import { ChangeSchema } from '../../store/store.ts';
import type { ApiDeps, ApiEnv } from '../api-env.ts';
import { errorResponses } from '../api-error.ts';
import { parseOrReject, singleQuery } from '../query-input.ts';

export const ChangesQuerySchema = z
  .object({
    since: z
      .string()
      .refine((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO timestamp')
      .transform((s) => new Date(s).toISOString()),
  })
  .extend(PageSchema.shape)
  .strict();

export const ChangePageSchema = z.object({
  changes: z.array(ChangeSchema.extend({ event: EventRecordSchema.nullable() })),
  next_cursor: z.string().nullable(),
});

/**
 * GET /api/changes?since=: upserts and deletions after a time, in order, so that a downstream copy stays
 * in step (ACLED's living dataset). An upsert carries the event as it stands now (null if deleted since).
 */
export function changeRoutes(deps: ApiDeps) {
  return new Hono<ApiEnv>().get('/api/changes', async (c) => {
    const { since, ...page } = parseOrReject(ChangesQuerySchema, singleQuery(c));
    const result = await deps.store.changesSince(since, page);
    const changes = [];
    for (const change of result.changes) changes.push({ ...change, event: change.op === 'upsert' ? await deps.store.getEvent(change.event_id) : null });
    return c.json({ changes, next_cursor: result.next_cursor });
  });
}

export const CHANGE_PATHS: readonly RouteConfig[] = [
  {
    method: 'get',
    path: '/api/changes',
    summary: 'Upserts and deletions after `since`, oldest first, with cursor pages',
    request: { query: ChangesQuerySchema },
    responses: {
      200: { description: 'One page of changes', content: { 'application/json': { schema: ChangePageSchema } } },
      ...errorResponses(400, 401, 403),
    },
  },
];
