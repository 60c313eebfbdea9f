import { Hono } from 'hono';
import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { boundaryAreas, type BoundaryAreas } from '../../geo/boundary-areas.ts';
import { boundaryLines } from '../../geo/boundary-lines.ts';
import { loadIso3166Directory } from '../../geo/iso3166-directory.ts';
import type { ApiDeps, ApiEnv } from '../api-env.ts';
import { errorResponses } from '../api-error.ts';
import { parseOrReject, singleQuery } from '../query-input.ts';

export const AreaQuerySchema = z.object({ level: z.enum(['1', '2']).default('1').transform((l) => (l === '1' ? 1 : 2) as 1 | 2) }).strict();

const position = z.array(z.number()).min(2);
export const BoundaryAreasSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.object({
    type: z.literal('Feature'),
    properties: z.object({ name: z.string(), code: z.string(), country: z.string(), iso3: z.string().nullable(), level: z.union([z.literal(1), z.literal(2)]) }),
    geometry: z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(position))) }),
  })),
});

/**
 * GET /api/map/areas: the imported admin units as filled areas, so that the map draws events placed only to
 * a province as that province, never as a point. Rings astride 180° are continuous (longitudes past 180).
 */
export function areaRoutes(deps: ApiDeps) {
  const areas = new Map<1 | 2, BoundaryAreas>();
  let iso3: ((country: string) => string | null) | null = null;
  return new Hono<ApiEnv>().get('/api/map/areas', (c) => {
    const { level } = parseOrReject(AreaQuerySchema, singleQuery(c));
    if (!areas.has(level)) {
      const sets = deps.boundaries();
      if (sets.length > 0 && iso3 === null) {
        const directory = loadIso3166Directory();
        iso3 = (country) => directory.country(country)?.iso3 ?? null;
      }
      areas.set(level, boundaryAreas(boundaryLines(sets, level, level === 1 ? 0.01 : 0.005), iso3 ?? (() => null)));
    }
    c.header('cache-control', 'max-age=300');
    return c.json(areas.get(level)!);
  });
}

export const AREA_PATHS: readonly RouteConfig[] = [
  {
    method: 'get',
    path: '/api/map/areas',
    summary: 'Imported admin units (sitrep gazetteer import) as GeoJSON multipolygons with their ISO3 code, to draw area-precision events as their area; empty when none were imported',
    request: { query: z.object({ level: z.enum(['1', '2']).optional() }) },
    responses: {
      200: { description: 'Admin areas', content: { 'application/json': { schema: BoundaryAreasSchema } } },
      ...errorResponses(400, 401, 403),
    },
  },
];
