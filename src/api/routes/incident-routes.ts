import { Hono } from 'hono';
import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { EventRecordSchema, type EventRecord } from '../../core/event.ts';
import { IncidentClaimSchema, IncidentRecordSchema, type IncidentClaim } from '../../core/incident.ts';
import { PageSchema } from '../../store/event-filter.ts';
import { IncidentFilterSchema, type IncidentStore } from '../../store/incidents.ts';
import type { ApiDeps, ApiEnv } from '../api-env.ts';
import { errorResponses, notFound } from '../api-error.ts';
import { DocumentSummarySchema, IdParamsSchema, PAGE_KEYS } from '../api-schemas.ts';
import { parseOrReject, singleQuery, takeKeys } from '../query-input.ts';

export const IncidentsQuerySchema = IncidentFilterSchema.innerType().extend(PageSchema.shape);
export const IncidentPageSchema = z.object({ incidents: z.array(IncidentRecordSchema), next_cursor: z.string().nullable() });
export const IncidentDetailSchema = z.object({
  incident: IncidentRecordSchema,
  events: z.array(EventRecordSchema),
  documents: z.array(DocumentSummarySchema),
  /** Every claim, by field (killed, wounded, ...), oldest report first: the reports side by side. */
  claims_by_field: z.record(z.string(), z.array(IncidentClaimSchema)),
});

function incidentsOf(deps: ApiDeps): IncidentStore {
  if (!deps.incidents) throw notFound('this server keeps no incidents');
  return deps.incidents;
}

function sideBySide(claims: readonly IncidentClaim[]): Record<string, IncidentClaim[]> {
  const byField: Record<string, IncidentClaim[]> = {};
  for (const claim of claims) (byField[claim.field] ??= []).push(claim);
  for (const list of Object.values(byField)) list.sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.reporter.localeCompare(b.reporter));
  return byField;
}

/** GET /api/incidents (filtered, newest first, cursor pages) and GET /api/incidents/{id} with its events and claims. */
export function incidentRoutes(deps: ApiDeps) {
  return new Hono<ApiEnv>()
    .get('/api/incidents', async (c) => {
      const [pageQuery, filterQuery] = takeKeys(singleQuery(c), PAGE_KEYS);
      const page = parseOrReject(PageSchema, pageQuery);
      const filter = parseOrReject(IncidentFilterSchema, filterQuery);
      const result = await incidentsOf(deps).queryIncidents(filter, page);
      return c.json({ incidents: [...result.incidents], next_cursor: result.next_cursor });
    })
    .get('/api/incidents/:id', async (c) => {
      const id = c.req.param('id');
      const incident = await incidentsOf(deps).getIncident(id);
      if (!incident) throw notFound(`no incident ${id}`);
      const events = (await Promise.all(incident.event_ids.map((e) => deps.store.getEvent(e)))).filter((e): e is EventRecord => e !== null);
      const docs = await Promise.all(incident.doc_ids.map((d) => deps.store.getDocument(d)));
      const documents = docs.flatMap((d) => (d ? [{ id: d.id, url: d.url, source: d.source, title: d.title, published: d.published, superseded_at: d.superseded_at }] : []));
      return c.json({ incident, events, documents, claims_by_field: sideBySide(incident.claims) });
    });
}

export const INCIDENT_PATHS: readonly RouteConfig[] = [
  {
    method: 'get',
    path: '/api/incidents',
    summary: 'Incidents reconciled across reports, filtered, newest first; pass next_cursor back as cursor',
    request: { query: IncidentsQuerySchema },
    responses: {
      200: { description: 'One page of incidents, each with its event_ids and doc_ids', content: { 'application/json': { schema: IncidentPageSchema } } },
      ...errorResponses(400, 401, 403, 404),
    },
  },
  {
    method: 'get',
    path: '/api/incidents/{id}',
    summary: 'One incident: its events, its documents, every claim side by side, its grade and the reasons for its links',
    request: { params: IdParamsSchema },
    responses: {
      200: { description: 'The incident with its events and claims', content: { 'application/json': { schema: IncidentDetailSchema } } },
      ...errorResponses(401, 403, 404),
    },
  },
];
