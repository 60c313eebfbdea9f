import { hc } from 'hono/client';
import { describe, expect, it } from 'vitest';
import type { App } from './index.ts';
import { startTestApi } from './test-api.ts';

/** The typed client a web app gets from the route types alone: no code generation, real HTTP. */
describe('hc<App>', () => {
  it('calls the API with typed paths and typed answers', async () => {
    const api = await startTestApi();
    try {
      const client = hc<App>(api.url);
      const response = await client.api.events.$get({ query: { country: 'Fiji' } });
      const page = await response.json();
      if (!('events' in page)) throw new Error('expected a page of events');
      const ids: string[] = page.events.map((e) => e.id);
      expect(ids).toEqual(['fiji#2', 'fiji#1']);
      // The client puts the parameter into the path as given: '#' must be encoded by the caller.
      const detail = await client.api.events[':id'].$get({ param: { id: encodeURIComponent('fiji#1') } });
      expect(detail.status).toBe(200);
    } finally {
      await api.close();
    }
  });
});
