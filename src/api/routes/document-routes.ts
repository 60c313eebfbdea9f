import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import type { ApiDeps, ApiEnv } from '../api-env.ts';
import { ApiError, badRequest, errorResponses, notFound } from '../api-error.ts';
import { DocumentDetailSchema, IdParamsSchema } from '../api-schemas.ts';
import { requireRole } from '../auth.ts';
import { AsyncQuerySchema, JobAcceptedSchema, enqueueUpload, ingestUrlNow, wantsAsync } from '../ingest-async.ts';
import { DocumentUploadSchema, IngestResultSchema, UploadQuerySchema, documentFromBytes, documentFromJson, storeUpload } from '../ingest-upload.ts';
import { parseOrReject, singleQuery } from '../query-input.ts';

/** GET /api/documents/{id} (the stored text and its event ids) and POST /api/documents (ingest one report). */
export function documentRoutes(deps: ApiDeps) {
  const tooLarge = (c: Context) =>
    c.json({ error: 'payload_too_large' as const, message: `the body is over the ${deps.maxBodyBytes}-byte limit` }, 413);
  return new Hono<ApiEnv>()
    .get('/api/documents/:id', async (c) => {
      const id = c.req.param('id');
      const doc = await deps.store.getDocument(id);
      if (!doc) throw notFound(`no document ${id}`);
      const events = await deps.store.queryEvents({ doc_id: doc.id }, { limit: 1000 });
      return c.json({ ...doc, event_ids: events.events.map((e) => e.id) });
    })
    .post('/api/documents', requireRole(deps, 'analyst'), bodyLimit({ maxSize: deps.maxBodyBytes, onError: tooLarge }), async (c) => {
      const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      let read;
      let async: boolean;
      if (type === 'application/json') {
        let body: unknown;
        try {
          body = await c.req.json();
        } catch {
          throw badRequest('body', 'not valid JSON');
        }
        const upload = parseOrReject(DocumentUploadSchema, body);
        async = wantsAsync(c.req.header('prefer'), parseOrReject(AsyncQuerySchema, singleQuery(c)).async);
        if (upload.text === undefined) {
          const url = { url: upload.url!, published: upload.published, source: upload.source, title: upload.title };
          if (async) return accepted(c, await enqueueUpload(deps, { kind: 'url', ...url }));
          const result = await ingestUrlNow(deps, url);
          return c.json(result, result.outcome === 'unchanged' ? 200 : 201);
        }
        read = documentFromJson({ ...upload, text: upload.text });
      } else if (type === 'text/plain' || type === 'text/html') {
        const meta = parseOrReject(UploadQuerySchema, singleQuery(c));
        async = wantsAsync(c.req.header('prefer'), meta.async);
        read = documentFromBytes(new Uint8Array(await c.req.arrayBuffer()), type === 'text/html' ? 'html' : 'text', meta);
      } else {
        throw new ApiError(415, { error: 'unsupported_media_type', message: 'send application/json, text/plain or text/html' });
      }
      if (async) return accepted(c, await enqueueUpload(deps, { kind: 'document', where: read.doc.title ?? 'upload', doc: read.doc }));
      const result = await storeUpload(deps, read);
      return c.json(result, result.outcome === 'unchanged' ? 200 : 201);
    });
}

function accepted(c: Context<ApiEnv>, body: z.infer<typeof JobAcceptedSchema>) {
  c.header('Location', body.status_url);
  return c.json(body, 202);
}

export const DOCUMENT_PATHS: readonly RouteConfig[] = [
  {
    method: 'get',
    path: '/api/documents/{id}',
    summary: 'One stored document: its text, metadata, version and the ids of its events',
    request: { params: IdParamsSchema },
    responses: {
      200: { description: 'The document', content: { 'application/json': { schema: DocumentDetailSchema } } },
      ...errorResponses(401, 403, 404),
    },
  },
  {
    method: 'post',
    path: '/api/documents',
    summary:
      'Ingest one report (needs a token with the analyst or admin role): its text, or a url to fetch; the same content again changes nothing. ' +
      'With ?async=1 or `Prefer: respond-async` it is queued for `sitrep worker` and answered at once with the job id',
    security: [{ bearer: [] }],
    request: {
      query: UploadQuerySchema,
      body: {
        required: true,
        content: {
          'application/json': { schema: DocumentUploadSchema },
          'text/plain': { schema: z.string() },
          'text/html': { schema: z.string() },
        },
      },
    },
    responses: {
      200: { description: 'Already stored: nothing changed', content: { 'application/json': { schema: IngestResultSchema } } },
      201: { description: 'Stored (new, or a new version of the same url)', content: { 'application/json': { schema: IngestResultSchema } } },
      202: { description: 'Queued: follow status_url (also in the Location header)', content: { 'application/json': { schema: JobAcceptedSchema } } },
      ...errorResponses(400, 401, 403, 413, 415, 502),
    },
  },
];
