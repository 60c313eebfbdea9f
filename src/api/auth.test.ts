import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../store/access/access-token.ts';
import { startTestApi, type TestApi } from './test-api.ts';

/** Who may read and write, on a public deployment and on a private one. */

const upload = (api: TestApi, token?: string, authorization = token && `Bearer ${token}`) =>
  fetch(`${api.url}/api/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ text: 'Clashes were reported near the border crossing on Monday.', published: '2024-01-08' }),
  });

describe('a public deployment', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('lets anyone read', async () => {
    expect((await api.get('/api/events')).status).toBe(200);
    expect((await api.get('/api/events', api.tokens.viewer)).status).toBe(200);
  });

  it.each<[string, 'viewer' | 'analyst' | 'admin' | null, number]>([
    ['no token', null, 401],
    ['a viewer', 'viewer', 403],
  ])('refuses writing to %s', async (_name, role, status) => {
    const response = await upload(api, role ? api.tokens[role] : undefined);
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ error: status === 401 ? 'unauthorized' : 'forbidden' });
    if (status === 401) expect(response.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('refuses a token that is not valid, even for reading', async () => {
    expect((await api.get('/api/events', 'sitrep_made-up')).status).toBe(401);
    expect((await upload(api, undefined, 'Basic dXNlcjpwYXNz')).status).toBe(401);
  });

  it('refuses a token once it is revoked', async () => {
    const holder = await api.access.holderOf(hashToken(api.tokens.admin));
    expect(await api.access.revokeToken(holder!.token_id)).toBe(true);
    const response = await upload(api, api.tokens.admin);
    expect(response.status).toBe(401);
  });
});

describe('a private deployment', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ publicRead: false });
  });
  afterAll(() => api.close());

  it.each(['/api/events', '/api/events/syria%231', '/api/documents/syria', '/api/export?format=jsonl', '/api/changes?since=2020-01-01', '/api/stats/timeline'])(
    'needs a token to read %s',
    async (path) => {
      expect((await api.get(path)).status).toBe(401);
      expect((await api.get(path, api.tokens.viewer)).status).toBe(200);
    },
  );

  it('still describes itself without a token', async () => {
    expect((await api.get('/api/openapi.json')).status).toBe(200);
  });
});
