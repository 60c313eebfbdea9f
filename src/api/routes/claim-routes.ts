import { Hono, type Context } from 'hono';
import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { ClaimRefSchema, IncidentRecordSchema } from '../../core/incident.ts';
import { AuditEntrySchema } from '../../store/audit/audit-entry.ts';
import type { ClaimMarkResult } from '../../store/incidents.ts';
import type { ApiDeps, ApiEnv } from '../api-env.ts';
import { errorResponses } from '../api-error.ts';
import { IdParamsSchema, jsonContent } from '../api-schemas.ts';
import { requireRole } from '../auth.ts';
import { editIncidents } from './incident-edit-routes.ts';
import { jsonBody } from '../query-input.ts';

export const ContestBodySchema = ClaimRefSchema.extend({ reason: z.string().trim().min(1).max(500) }).strict();
export const UncontestBodySchema = ClaimRefSchema.strict();
export const ClaimMarkResultSchema = z.object({ incident: IncidentRecordSchema, audit: AuditEntrySchema });

/** A mark by the token's user; a claim or incident that is not there is a 400 naming it. */
export function markClaim(deps: ApiDeps, work: (store: NonNullable<ApiDeps['incidents']>) => Promise<ClaimMarkResult>): Promise<ClaimMarkResult> {
  return editIncidents(deps, work);
}

/**
 * An analyst marks one claim of an incident contested, with a reason, or takes the mark off. A contested
 * claim stays in the incident, flagged, and is left out of low/best/high; POST /api/audit/{seq}/revert
 * undoes either change.
 */
export function claimRoutes(deps: ApiDeps) {
  const who = (c: Context<ApiEnv>): string => c.get('holder')?.user.name ?? 'unknown';
  return new Hono<ApiEnv>()
    .post('/api/incidents/:id/claims/contest', requireRole(deps, 'analyst'), async (c) => {
      const { reason, ...claim } = await jsonBody(c, ContestBodySchema);
      return c.json(await markClaim(deps, (store) => store.contestClaim(c.req.param('id'), claim, reason, who(c))));
    })
    .post('/api/incidents/:id/claims/uncontest', requireRole(deps, 'analyst'), async (c) => {
      const claim = await jsonBody(c, UncontestBodySchema);
      return c.json(await markClaim(deps, (store) => store.uncontestClaim(c.req.param('id'), claim, who(c))));
    });
}


export const CLAIM_PATHS: readonly RouteConfig[] = [
  {
    method: 'post',
    path: '/api/incidents/{id}/claims/contest',
    summary: 'Mark one claim contested, with a reason (analyst): still shown, left out of low/best/high, kept over later automatic runs; audited',
    request: { params: IdParamsSchema, body: { ...jsonContent(ContestBodySchema), required: true } },
    responses: { 200: { description: 'The incident as it now stands, and the audit entry', ...jsonContent(ClaimMarkResultSchema) }, ...errorResponses(400, 401, 403, 404) },
  },
  {
    method: 'post',
    path: '/api/incidents/{id}/claims/uncontest',
    summary: 'Take the contested mark off a claim (analyst); audited',
    request: { params: IdParamsSchema, body: { ...jsonContent(UncontestBodySchema), required: true } },
    responses: { 200: { description: 'The incident as it now stands, and the audit entry', ...jsonContent(ClaimMarkResultSchema) }, ...errorResponses(400, 401, 403, 404) },
  },
];
