import { Hono } from 'hono';
import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import type { ApiDeps, ApiEnv } from './api-env.ts';
import { AREA_PATHS, areaRoutes } from './routes/area-routes.ts';
import { CHANGE_PATHS, changeRoutes } from './routes/change-routes.ts';
import { CLAIM_PATHS, claimRoutes } from './routes/claim-routes.ts';
import { DOCUMENT_PATHS, documentRoutes } from './routes/document-routes.ts';
import { EVENT_PATHS, eventRoutes } from './routes/event-routes.ts';
import { EXPORT_PATHS, exportRoutes } from './routes/export-routes.ts';
import { MAP_PATHS, mapRoutes } from './routes/map-routes.ts';
import { REVIEW_PATHS, reviewRoutes } from './routes/review-routes.ts';
import { INCIDENT_EDIT_PATHS, incidentEditRoutes } from './routes/incident-edit-routes.ts';
import { INCIDENT_PATHS, incidentRoutes } from './routes/incident-routes.ts';
import { JOB_PATHS, jobRoutes } from './routes/job-routes.ts';
import { STATS_PATHS, statsRoutes } from './routes/stats-routes.ts';

/**
 * Every route module of the API, written once here: a module is its routes (a Hono app) and their
 * OpenAPI entries. Adding one (incidents, say) is one line in each list. The chain keeps each route's
 * types, so that `ApiRoutes` gives a web client typed requests and responses with no code generation.
 */
export function apiRoutes(deps: ApiDeps) {
  return new Hono<ApiEnv>()
    .route('/', eventRoutes(deps))
    .route('/', documentRoutes(deps))
    .route('/', exportRoutes(deps))
    .route('/', changeRoutes(deps))
    .route('/', statsRoutes(deps))
    .route('/', mapRoutes(deps))
    .route('/', areaRoutes(deps))
    .route('/', reviewRoutes(deps))
    .route('/', incidentRoutes(deps))
    .route('/', incidentEditRoutes(deps))
    .route('/', claimRoutes(deps))
    .route('/', jobRoutes(deps));
}

export const API_PATHS: readonly RouteConfig[] = [
  ...EVENT_PATHS, ...DOCUMENT_PATHS, ...EXPORT_PATHS, ...CHANGE_PATHS, ...STATS_PATHS, ...MAP_PATHS, ...AREA_PATHS, ...REVIEW_PATHS,
  ...INCIDENT_PATHS, ...INCIDENT_EDIT_PATHS, ...CLAIM_PATHS, ...JOB_PATHS,
];

export type ApiRoutes = ReturnType<typeof apiRoutes>;
