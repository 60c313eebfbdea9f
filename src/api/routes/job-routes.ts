import { Hono } from 'hono';
import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { IngestJobResultSchema } from '../../worker/ingest-job.ts';
import type { ApiDeps, ApiEnv } from '../api-env.ts';
import { errorResponses, notFound } from '../api-error.ts';
import { IdParamsSchema } from '../api-schemas.ts';

/** GET /api/jobs/{id}: where a queued ingest stands, and once done, the documents and events it stored. */
export const JobStatusSchema = z.object({
  id: z.string(),
  state: z.enum(['queued', 'active', 'retry', 'done', 'failed']),
  /** Runs started so far. */
  attempts: z.number().int().nonnegative(),
  /** Once done: each stored document with its event ids (a feed gives several). */
  result: IngestJobResultSchema.nullable(),
  /** Waiting for a retry, or failed: why, with the file or url and line. */
  error: z.string().nullable(),
});

export function jobRoutes(deps: ApiDeps) {
  return new Hono<ApiEnv>().get('/api/jobs/:id', async (c) => {
    const id = c.req.param('id');
    const status = await (await deps.jobs()).get(id);
    if (!status) throw notFound(`no job ${id}`);
    const result = status.result === null ? null : IngestJobResultSchema.parse(status.result);
    return c.json({ ...status, result });
  });
}

export const JOB_PATHS: readonly RouteConfig[] = [
  {
    method: 'get',
    path: '/api/jobs/{id}',
    summary: 'One ingest job (from POST /api/documents?async=1 or `sitrep ingest --queue`): its state and, once done, its documents and events',
    request: { params: IdParamsSchema },
    responses: {
      200: { description: 'The job', content: { 'application/json': { schema: JobStatusSchema } } },
      ...errorResponses(401, 403, 404),
    },
  },
];
