import { Hono } from 'hono';
import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import { EventFilterSchema, PageSchema } from '../../store/event-filter.ts';
import type { ApiDeps, ApiEnv } from '../api-env.ts';
import { errorResponses, notFound } from '../api-error.ts';
import { EventDetailSchema, EventPageSchema, EventsQuerySchema, IdParamsSchema, PAGE_KEYS } from '../api-schemas.ts';
import { evidenceInContext } from '../evidence-context.ts';
import { parseOrReject, singleQuery, takeKeys } from '../query-input.ts';

/** GET /api/events (filtered, newest first, cursor pages) and GET /api/events/{id} with its evidence in context. */
export function eventRoutes(deps: ApiDeps) {
  return new Hono<ApiEnv>()
    .get('/api/events', async (c) => {
      const [pageQuery, filterQuery] = takeKeys(singleQuery(c), PAGE_KEYS);
      const page = parseOrReject(PageSchema, pageQuery);
      const filter = parseOrReject(EventFilterSchema, filterQuery);
      const result = await deps.store.queryEvents(filter, page);
      return c.json({ events: [...result.events], next_cursor: result.next_cursor });
    })
    .get('/api/events/:id', async (c) => {
      const id = c.req.param('id');
      const event = await deps.store.getEvent(id);
      if (!event) throw notFound(`no event ${id}`);
      const doc = await deps.store.getDocument(event.doc_id);
      const document = doc && { id: doc.id, url: doc.url, source: doc.source, title: doc.title, published: doc.published, superseded_at: doc.superseded_at };
      const incident_id = (await deps.incidents?.incidentOfEvent(event.id)) ?? null;
      return c.json({ event, document, evidence: doc ? evidenceInContext(doc.text, event.evidence) : [], incident_id });
    });
}

export const EVENT_PATHS: readonly RouteConfig[] = [
  {
    method: 'get',
    path: '/api/events',
    summary: 'Events, filtered, newest first; pass next_cursor back as cursor for the next page',
    request: { query: EventsQuerySchema },
    responses: {
      200: { description: 'One page of events', content: { 'application/json': { schema: EventPageSchema } } },
      ...errorResponses(400, 401, 403),
    },
  },
  {
    method: 'get',
    path: '/api/events/{id}',
    summary: 'One event, with each evidence span and the document text around it',
    request: { params: IdParamsSchema },
    responses: {
      200: { description: 'The event, its document and its evidence in context', content: { 'application/json': { schema: EventDetailSchema } } },
      ...errorResponses(401, 403, 404),
    },
  },
];
