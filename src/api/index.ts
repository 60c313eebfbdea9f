/**
 * What other layers use of the API: the app factory, its route types (for a typed `hc<App>` client from
 * 'hono/client'), and the schemas of its answers.
 */
export { createApp, DEFAULT_MAX_BODY_BYTES, type App, type AppOptions } from './create-app.ts';
export { startServer, type RunningServer } from './start-server.ts';
export { apiRoutes, API_PATHS, type ApiRoutes } from './route-modules.ts';
export type { ApiDeps, ApiEnv } from './api-env.ts';
export { ApiError, ApiErrorSchema, badRequest, errorResponses, notFound } from './api-error.ts';
export { DocumentDetailSchema, EventDetailSchema, EventPageSchema, EventsQuerySchema } from './api-schemas.ts';
export { IngestResultSchema, DocumentUploadSchema } from './ingest-upload.ts';
export { TimelineSchema } from './routes/stats-routes.ts';
export { ChangePageSchema } from './routes/change-routes.ts';
