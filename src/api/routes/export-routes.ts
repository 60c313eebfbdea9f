import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { CONTENT_TYPES, EXPORT_FORMATS, exportWriter } from '../../export/export-format.ts';
import { EventFilterSchema } from '../../store/event-filter.ts';
import type { ApiDeps, ApiEnv } from '../api-env.ts';
import { errorResponses } from '../api-error.ts';
import { EventFilterFields } from '../api-schemas.ts';
import { parseOrReject, singleQuery, takeKeys } from '../query-input.ts';

export const ExportOptionsSchema = z.object({
  format: z.enum(EXPORT_FORMATS).default('jsonl'),
  points_only: z.enum(['true', 'false']).default('false'),
});
const OPTION_KEYS = Object.keys(ExportOptionsSchema.shape);
const PAGE = 1000;
const EXTENSIONS = { acled: 'csv', ucdp: 'csv', geojson: 'geojson', jsonl: 'jsonl' } as const;

/**
 * GET /api/export: the filtered events (or all) as ACLED CSV, UCDP GED CSV, GeoJSON or JSONL, written
 * page by page as they are read, so that memory stays flat however large the export.
 */
export function exportRoutes(deps: ApiDeps) {
  return new Hono<ApiEnv>().get('/api/export', async (c) => {
    const [optionQuery, filterQuery] = takeKeys(singleQuery(c), OPTION_KEYS);
    const options = parseOrReject(ExportOptionsSchema, optionQuery);
    const filter = parseOrReject(EventFilterSchema, filterQuery);
    const writer = exportWriter(options.format, { pointsOnly: options.points_only === 'true' });
    c.header('Content-Type', CONTENT_TYPES[options.format]);
    c.header('Content-Disposition', `attachment; filename="sitrep-events.${EXTENSIONS[options.format]}"`);
    return stream(c, async (out) => {
      await out.write(writer.begin());
      let cursor: string | undefined;
      do {
        const page = await deps.store.queryEvents(filter, { limit: PAGE, cursor });
        if (out.aborted) return;
        await out.write(page.events.map((e) => writer.item(e)).join(''));
        cursor = page.next_cursor ?? undefined;
      } while (cursor !== undefined);
      await out.write(writer.end());
    });
  });
}

export const EXPORT_PATHS: readonly RouteConfig[] = [
  {
    method: 'get',
    path: '/api/export',
    summary: 'The filtered events as ACLED CSV, UCDP GED CSV, GeoJSON or JSONL, streamed',
    request: { query: EventFilterFields.extend(ExportOptionsSchema.shape) },
    responses: {
      200: {
        description: 'The export, in the format asked for',
        content: {
          [CONTENT_TYPES.acled]: { schema: z.string() },
          [CONTENT_TYPES.geojson]: { schema: z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) }) },
          [CONTENT_TYPES.jsonl]: { schema: z.string() },
        },
      },
      ...errorResponses(400, 401, 403),
    },
  },
];
