import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { JobQueue } from '../queue/job-queue.ts';
import type { BoundaryShapes } from '../geo/boundary-index.ts';
import type { Reader } from '../read-document.ts';
import type { AccessStore } from '../store/access/access.ts';
import type { ReviewStore } from '../store/review/review.ts';
import type { IncidentStore } from '../store/incidents.ts';
import { BadCursorError, type EventStore } from '../store/store.ts';
import type { ApiDeps, ApiEnv } from './api-env.ts';
import { ApiError } from './api-error.ts';
import { authenticate, requireRole } from './auth.ts';
import { dashboardFiles } from './dashboard-files.ts';
import { openApiDocument } from './openapi.ts';
import { responseCache } from './response-cache.ts';
import { API_PATHS, apiRoutes } from './route-modules.ts';

export interface AppOptions {
  readonly store: EventStore;
  readonly access?: AccessStore | null;
  readonly reviews?: ReviewStore | null;
  readonly incidents?: IncidentStore | null;
  /** Needed only by POST /api/documents; called once, on the first upload. */
  readonly reader?: () => Promise<Reader>;
  /** The ingest job queue, for asynchronous uploads and job states; called once, on first use. */
  readonly jobs?: () => Promise<JobQueue>;
  /** Imported admin boundaries for the map (`storedBoundaries(dataDir)`); default none. */
  readonly boundaries?: () => readonly BoundaryShapes[];
  /** Default true: anyone may read; false: every request needs a token (viewer or above). */
  readonly publicRead?: boolean;
  /** Largest accepted request body (default 5 MB); larger ones get 413 unread. */
  readonly maxBodyBytes?: number;
  /** Where faults in sitrep are reported (default stderr). */
  readonly logError?: (error: unknown) => void;
  /** One line per request (method, path, status, milliseconds); default: no request log. */
  readonly logRequest?: (line: string) => void;
  /** The dashboard's built files, served at / when given (web/dist). */
  readonly webDir?: string | null;
}

export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;
/** The read routes a dashboard calls on every filter change; their answers depend on the store alone. */
const CACHED_PATHS = ['/api/map/clusters', '/api/stats/timeline', '/api/stats/counts', '/api/events', '/api/incidents'] as const;

/** The HTTP API as a Hono app: what `sitrep serve` runs, what tests start on a port, what the dashboard calls. */
export function createApp(options: AppOptions) {
  let reading: Promise<Reader> | null = null;
  let queueing: Promise<JobQueue> | null = null;
  let boundaries: readonly BoundaryShapes[] | null = null;
  const deps: ApiDeps = {
    store: options.store,
    access: options.access ?? null,
    reviews: options.reviews ?? null,
    incidents: options.incidents ?? null,
    reader: () => {
      if (!options.reader) return Promise.reject(new Error('this server was started without a document reader'));
      // A failed load is retried by the next upload rather than remembered.
      reading ??= options.reader().catch((error: unknown) => {
        reading = null;
        throw error;
      });
      return reading;
    },
    jobs: () => {
      if (!options.jobs) return Promise.reject(new Error('this server was started without a job queue'));
      queueing ??= options.jobs().catch((error: unknown) => {
        queueing = null;
        throw error;
      });
      return queueing;
    },
    boundaries: () => (boundaries ??= options.boundaries?.() ?? []),
    publicRead: options.publicRead ?? true,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
  };
  const logError = options.logError ?? ((error: unknown) => process.stderr.write(`sitrep serve: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`));
  let openapi: ReturnType<typeof openApiDocument> | null = null;

  const app = new Hono<ApiEnv>();
  const logRequest = options.logRequest;
  if (logRequest) {
    app.use('*', async (c, next) => {
      const started = performance.now();
      await next();
      logRequest(`${c.req.method} ${c.req.path} ${c.res.status} ${(performance.now() - started).toFixed(1)} ms`);
    });
  }
  app.get('/api/openapi.json', (c) => c.json((openapi ??= openApiDocument(API_PATHS, { publicRead: deps.publicRead }))));
  app.use('/api/*', authenticate(deps));
  if (!deps.publicRead) app.use('/api/*', requireRole(deps, 'viewer'));
  // After the checks above, so that only an answer the caller may read is ever served from it.
  const cache = responseCache(deps.store);
  for (const path of CACHED_PATHS) app.use(path, cache);
  const routes = app.route('/', apiRoutes(deps));
  if (options.webDir) app.route('/', dashboardFiles(options.webDir));
  // Without a dashboard, someone opening the printed URL in a browser still learns where to go.
  else app.get('/', (c) => c.json({ name: 'sitrep', events: '/api/events', openapi: '/api/openapi.json', dashboard: 'not built (web/dist)' }));

  app.notFound((c) => c.json({ error: 'not_found' as const, message: `no route ${c.req.method} ${c.req.path}` }, 404));
  app.onError((error, c) => {
    if (error instanceof ApiError) {
      if (error.status === 401) c.header('WWW-Authenticate', 'Bearer');
      return c.json(error.body, error.status);
    }
    if (error instanceof BadCursorError) return c.json({ error: 'bad_request' as const, field: 'cursor', message: error.message }, 400);
    if (error instanceof HTTPException) return error.getResponse();
    logError(error);
    return c.json({ error: 'internal' as const, message: 'internal error; the server log has the details' }, 500);
  });
  return routes;
}

export type App = ReturnType<typeof createApp>;
