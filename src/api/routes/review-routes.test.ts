import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test-api.ts';

/** The review routes over real HTTP, on a real SQLite file with real tokens. */

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const patch = (id: string, body: unknown, token?: string) =>
  fetch(`${api.url}/api/events/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('PATCH /api/events/{id}', () => {
  it('lets an analyst correct a field, audited under the token’s user, and the list and map see it', async () => {
    const response = await patch('syria#2', { killed_best: 5, killed_high: 6 }, api.tokens.analyst);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { event: { killed_best: number }; audit: { seq: number; actor: string; before_json: string } };
    expect(body.event.killed_best).toBe(5);
    expect(body.audit).toMatchObject({ actor: 'ana', entity: 'event', entity_id: 'syria#2', action: 'correct' });
    expect(JSON.parse(body.audit.before_json)).toEqual({ killed_best: 3, killed_high: null });
    const listed = (await (await api.get('/api/events?min_killed=5&admin1=Hama')).json()) as { events: { id: string }[] };
    expect(listed.events.map((e) => e.id)).toEqual(['syria#2']);
    const trail = (await (await api.get('/api/audit?entity_id=syria%232')).json()) as { entries: { seq: number }[] };
    expect(trail.entries.map((e) => e.seq)).toEqual([body.audit.seq]);

    const revert = await fetch(`${api.url}/api/audit/${body.audit.seq}/revert`, { method: 'POST', headers: { authorization: `Bearer ${api.tokens.admin}` } });
    expect(revert.status).toBe(200);
    expect(((await revert.json()) as { event: { killed_best: number } }).event.killed_best).toBe(3);
  });

  it.each([
    ['no token', { killed_best: 1 }, undefined, 401, undefined],
    ['a viewer', { killed_best: 1 }, 'viewer', 403, undefined],
    ['an unknown field', { notes: 'x' }, 'analyst', 400, 'notes'],
    ['a bad value', { killed_best: -2 }, 'analyst', 400, 'killed_best'],
    ['figures out of order', { killed_low: 50 }, 'analyst', 400, 'killed'],
    ['a body that is not JSON', '{', 'analyst', 400, 'body'],
  ] as const)('refuses %s', async (_name, body, role, status, field) => {
    const response = await patch('syria#1', body, role ? api.tokens[role] : undefined);
    expect(response.status).toBe(status);
    if (field) expect(((await response.json()) as { field: string }).field).toBe(field);
    expect((await api.store.getEvent('syria#1'))?.killed_best).toBe(12);
  });

  it('answers 404 for an unknown event and an unknown audit entry', async () => {
    expect((await patch('nope', { killed_best: 1 }, api.tokens.analyst)).status).toBe(404);
    const revert = await fetch(`${api.url}/api/audit/99999/revert`, { method: 'POST', headers: { authorization: `Bearer ${api.tokens.analyst}` } });
    expect(revert.status).toBe(404);
  });
});
