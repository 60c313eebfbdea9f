import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './create-app.ts';
import { startTestApi, type TestApi } from './test-api.ts';

/** /api/openapi.json lists every route the app serves, and what the routes answer fits what it says. */

interface OpenApi {
  openapi: string;
  paths: Record<string, Record<string, { parameters?: { name: string; in: string }[]; responses: Record<string, { content?: Record<string, { schema: object }> }> }>>;
}

let api: TestApi;
let doc: OpenApi;
beforeAll(async () => {
  api = await startTestApi();
  doc = (await (await api.get('/api/openapi.json')).json()) as OpenApi;
});
afterAll(() => api.close());

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 and lists every route of the app, with its method', () => {
    expect(doc.openapi).toBe('3.1.0');
    const app = createApp({ store: api.store });
    const served = app.routes
      .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/') && r.path !== '/api/openapi.json')
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m} ${path}`));
    expect(served.length).toBeGreaterThanOrEqual(7);
    expect(documented.sort()).toEqual([...new Set(served)].sort());
  });

  it('documents the filters of GET /api/events as query parameters', () => {
    const names = doc.paths['/api/events']!.get!.parameters!.filter((p) => p.in === 'query').map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['from', 'to', 'country', 'admin1', 'event_type', 'actor', 'reporter', 'q', 'bbox', 'min_killed', 'kind', 'limit', 'cursor']));
  });

  const ajv = new Ajv2020({ strict: false, allErrors: true });
  it.each<[string, string, string]>([
    ['/api/events', '/api/events?limit=3', '200'],
    ['/api/events/{id}', '/api/events/syria%231', '200'],
    ['/api/documents/{id}', '/api/documents/syria', '200'],
    ['/api/changes', '/api/changes?since=2000-01-01', '200'],
    ['/api/stats/timeline', '/api/stats/timeline?interval=week', '200'],
    ['/api/stats/timeline', '/api/stats/timeline?interval=month&shape=columns', '200'],
    ['/api/stats/timeline', '/api/stats/timeline?by=actor&top=3', '200'],
    ['/api/stats/counts', '/api/stats/counts?kind=aggregate', '200'],
    ['/api/map/clusters', '/api/map/clusters?country=Syria&zoom=5&view=30,30,45,40', '200'],
    ['/api/map/clusters', '/api/map/clusters?zoom=99', '400'],
    ['/api/audit', '/api/audit?entity_id=syria%231', '200'],
    ['/api/events', '/api/events?min_killed=lots', '400'],
    ['/api/events/{id}', '/api/events/none', '404'],
  ])('a real answer of %s (%s) fits its schema', async (path, url, status) => {
    const response = await api.get(url);
    expect(String(response.status)).toBe(status);
    const schema = doc.paths[path]!.get!.responses[status]!.content!['application/json']!.schema;
    const validate = ajv.compile(schema);
    const body: unknown = await response.json();
    expect(validate(body), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('would catch an answer that does not fit', () => {
    const schema = doc.paths['/api/events']!.get!.responses['200']!.content!['application/json']!.schema;
    expect(ajv.validate(schema, { events: [{ id: 1 }], next_cursor: null })).toBe(false);
  });
});
