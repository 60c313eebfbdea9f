import { Hono } from 'hono';
import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { EventRecordSchema } from '../../core/event.ts';
import { AuditEntrySchema, ReviewChangesSchema, ReviewError, type ReviewStore } from '../../store/review/review.ts';
import type { ApiDeps, ApiEnv } from '../api-env.ts';
import { ApiError, badRequest, errorResponses, notFound } from '../api-error.ts';
import { IdParamsSchema } from '../api-schemas.ts';
import { requireRole } from '../auth.ts';
import { ClaimMarkResultSchema, markClaim } from './claim-routes.ts';
import { parseOrReject, singleQuery } from '../query-input.ts';

export const ReviewResultSchema = z.object({ event: EventRecordSchema, audit: AuditEntrySchema });
/** A revert puts back an event's correction, or a claim's contested mark (then the incident comes back). */
export const RevertResultSchema = z.union([ReviewResultSchema, ClaimMarkResultSchema]);
export const AuditQuerySchema = z.object({
  entity: z.string().min(1).optional(),
  entity_id: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
export const AuditPageSchema = z.object({ entries: z.array(AuditEntrySchema) });
const SeqParamsSchema = z.object({ seq: z.coerce.number().int().positive() });

function reviewsOf(deps: ApiDeps): ReviewStore {
  if (!deps.reviews) throw new ApiError(500, { error: 'internal', message: 'this server was started without a review store' });
  return deps.reviews;
}

function answer(error: unknown): never {
  if (error instanceof ReviewError) throw error.code === 'not_found' ? notFound(error.message) : badRequest(error.field ?? 'body', error.message);
  throw error;
}

/**
 * The analysts' review of events: PATCH /api/events/{id} corrects fields, POST /api/audit/{seq}/revert undoes
 * one correction, GET /api/audit reads the trail. Writing needs the analyst role; the actor is the token's user.
 */
export function reviewRoutes(deps: ApiDeps) {
  return new Hono<ApiEnv>()
    .patch('/api/events/:id', requireRole(deps, 'analyst'), async (c) => {
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        throw badRequest('body', 'not valid JSON');
      }
      const changes = parseOrReject(ReviewChangesSchema, body);
      const result = await reviewsOf(deps).correctEvent(c.req.param('id'), changes, c.get('holder')!.user.name).catch(answer);
      return c.json(result);
    })
    .post('/api/audit/:seq/revert', requireRole(deps, 'analyst'), async (c) => {
      const { seq } = parseOrReject(SeqParamsSchema, { seq: c.req.param('seq') });
      const actor = c.get('holder')!.user.name;
      const entry = (await reviewsOf(deps).audit({ seq, limit: 1 }))[0];
      // A claim's contested mark is the incident store's to put back; an event's correction, the review store's.
      if (entry?.entity === 'incident' && deps.incidents) return c.json(await markClaim(deps, (store) => store.revertClaimMark(seq, actor)));
      const result = await reviewsOf(deps).revert(seq, actor).catch(answer);
      return c.json(result);
    })
    .get('/api/audit', async (c) => {
      const query = parseOrReject(AuditQuerySchema, singleQuery(c));
      return c.json({ entries: [...(await reviewsOf(deps).audit(query))] });
    });
}

const json = (schema: z.ZodTypeAny, description: string) => ({ description, content: { 'application/json': { schema } } });

export const REVIEW_PATHS: readonly RouteConfig[] = [
  {
    method: 'patch',
    path: '/api/events/{id}',
    summary: 'Correct fields of an event (analyst); audited, reversible, kept over later automatic runs',
    request: { params: IdParamsSchema, body: { content: { 'application/json': { schema: ReviewChangesSchema } } } },
    responses: { 200: json(ReviewResultSchema, 'The corrected event and its audit entry'), ...errorResponses(400, 401, 403, 404) },
  },
  {
    method: 'post',
    path: '/api/audit/{seq}/revert',
    summary: 'Undo one audited correction of an event or contested mark on a claim (analyst); the revert is audited too',
    request: { params: SeqParamsSchema },
    responses: { 200: json(RevertResultSchema, 'The event (or, for a claim mark, the incident) as restored, and the revert’s audit entry'), ...errorResponses(400, 401, 403, 404) },
  },
  {
    method: 'get',
    path: '/api/audit',
    summary: 'The audit trail, newest first, optionally for one entity',
    request: { query: AuditQuerySchema },
    responses: { 200: json(AuditPageSchema, 'Audit entries'), ...errorResponses(400, 401, 403) },
  },
];
