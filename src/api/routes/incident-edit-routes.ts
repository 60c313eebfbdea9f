import { Hono, type Context } from 'hono';
import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { IncidentRecordSchema } from '../../core/incident.ts';
import { IncidentRequestError } from '../../store/incidents.ts';
import type { ApiDeps, ApiEnv } from '../api-env.ts';
import { errorResponses, badRequest, notFound } from '../api-error.ts';
import { requireRole } from '../auth.ts';
import { IdParamsSchema, jsonContent } from '../api-schemas.ts';
import { jsonBody } from '../query-input.ts';

export const MergeBodySchema = z.object({ ids: z.array(z.string().min(1)).min(2) }).strict();
export const SplitBodySchema = z.object({ event_ids: z.array(z.string().min(1)).min(1) }).strict();
export const DetachBodySchema = z.object({ event_id: z.string().min(1) }).strict();
const OneIncidentSchema = z.object({ incident: IncidentRecordSchema });
const TwoIncidentsSchema = z.object({ incidents: z.array(IncidentRecordSchema) });

/** A person's edit, by the token's user; what names nothing there, or asks the impossible, is a 400. */
export async function editIncidents<T>(deps: ApiDeps, work: (store: NonNullable<ApiDeps['incidents']>) => Promise<T>): Promise<T> {
  if (!deps.incidents) throw notFound('this server keeps no incidents');
  try {
    return await work(deps.incidents);
  } catch (error) {
    if (error instanceof IncidentRequestError) throw badRequest('body', error.message);
    throw error;
  }
}

/** The API equivalents of `sitrep incidents merge|split|detach`; analysts and above. */
export function incidentEditRoutes(deps: ApiDeps) {
  const who = (c: Context<ApiEnv>): string => c.get('holder')?.user.name ?? 'unknown';
  return new Hono<ApiEnv>()
    .post('/api/incidents/merge', requireRole(deps, 'analyst'), async (c) => {
      const { ids } = await jsonBody(c, MergeBodySchema);
      return c.json({ incident: await editIncidents(deps, (store) => store.merge(ids, who(c))) });
    })
    .post('/api/incidents/detach', requireRole(deps, 'analyst'), async (c) => {
      const { event_id } = await jsonBody(c, DetachBodySchema);
      return c.json({ incident: await editIncidents(deps, (store) => store.detach(event_id, who(c))) });
    })
    .post('/api/incidents/:id/split', requireRole(deps, 'analyst'), async (c) => {
      const { event_ids } = await jsonBody(c, SplitBodySchema);
      const id = c.req.param('id');
      return c.json({ incidents: await editIncidents(deps, (store) => store.split(id, event_ids, who(c))) });
    });
}


export const INCIDENT_EDIT_PATHS: readonly RouteConfig[] = [
  {
    method: 'post',
    path: '/api/incidents/merge',
    summary: 'Merge incidents into one (the largest keeps its id); fixed: no automatic run undoes it',
    request: { body: { ...jsonContent(MergeBodySchema), required: true } },
    responses: { 200: { description: 'The merged incident', ...jsonContent(OneIncidentSchema) }, ...errorResponses(400, 401, 403, 404) },
  },
  {
    method: 'post',
    path: '/api/incidents/{id}/split',
    summary: 'Move some events of an incident into a new incident',
    request: { params: IdParamsSchema, body: { ...jsonContent(SplitBodySchema), required: true } },
    responses: { 200: { description: 'The incident left and the new one', ...jsonContent(TwoIncidentsSchema) }, ...errorResponses(400, 401, 403, 404) },
  },
  {
    method: 'post',
    path: '/api/incidents/detach',
    summary: 'Take one event out of its incident, into an incident of its own',
    request: { body: { ...jsonContent(DetachBodySchema), required: true } },
    responses: { 200: { description: 'The new incident', ...jsonContent(OneIncidentSchema) }, ...errorResponses(400, 401, 403, 404) },
  },
];
