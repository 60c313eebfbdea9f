import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentRecord } from '../../core/incident.ts';
import { testDocument, testEvent } from '../../store/store-fixtures.ts';
import { startTestApi, type TestApi } from '../test-api.ts';

/** Contesting a claim over real HTTP, on a real SQLite file with real tokens; answers checked against the OpenAPI document. */

const TEXT = 'Medics in Harran counted 17 dead after the shelling; the ministry of health put the toll at 40.';
const medics = { event_id: 'harran#1', field: 'killed', start: 25, end: 27 };

let api: TestApi;
let paths: Record<string, Record<string, { responses: Record<string, { content: { 'application/json': { schema: object } } }> }>>;
beforeAll(async () => {
  api = await startTestApi();
  await api.store.putDocument(testDocument('harran', TEXT, { source: 'Harran Desk', published: '2023-02-08' }), [
    testEvent('harran', 1, {
      country: 'Ruritania', iso3: 'RUR', event_date: '2023-02-07', event_type: 'Explosions/Remote violence', killed_best: 17,
      claims: [
        { field: 'killed', value: 17, qualifier: null, reporter: 'medics', reporter_type: 'medical', start: 25, end: 27 },
        { field: 'killed', value: 40, qualifier: null, reporter: 'ministry of health', reporter_type: 'government', start: 91, end: 93 },
      ],
    }),
  ]);
  await api.incidents!.reconcilePending('test');
  paths = ((await (await api.get('/api/openapi.json')).json()) as { paths: typeof paths }).paths;
});
afterAll(() => api.close());

const ajv = new Ajv2020({ strict: false, allErrors: true });
async function fits(response: Response, path: string, method = 'post'): Promise<{ incident: IncidentRecord; audit: { seq: number; action: string; actor: string } }> {
  const body: unknown = await response.json();
  const validate = ajv.compile(paths[path]![method]!.responses[String(response.status)]!.content['application/json'].schema);
  expect(validate(body), ajv.errorsText(validate.errors)).toBe(true);
  return body as never;
}
const post = (path: string, body: unknown, token?: string) =>
  fetch(api.url + path, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
const at = (action: string) => `/api/incidents/${encodeURIComponent('inc-harran#1')}/claims/${action}`;

describe('POST /api/incidents/{id}/claims/contest and /uncontest', () => {
  it('lets an analyst contest a claim and take the mark off; the audit list reverts either; viewers and bad claims are refused', async () => {
    expect((await post(at('contest'), { ...medics, reason: 'x' })).status).toBe(401);
    expect((await post(at('contest'), { ...medics, reason: 'x' }, api.tokens.viewer)).status).toBe(403);
    const contested = await post(at('contest'), { ...medics, reason: 'counted before the morgue list' }, api.tokens.analyst);
    expect(contested.status).toBe(200);
    const { incident, audit } = await fits(contested, '/api/incidents/{id}/claims/contest');
    expect(incident.figures['killed']).toMatchObject({ low: 40, best: 40, high: 40, contested: [{ reporter: 'medics', value: 17 }] });
    expect(incident.claims.find((c) => c.reporter === 'medics')?.contested).toMatchObject({ reason: 'counted before the morgue list', actor: 'ana' });
    expect(audit).toMatchObject({ action: 'contest', actor: 'ana' });

    // The detail page's claims carry the flag; the audit list shows the entry.
    const detail = (await (await api.get(`/api/incidents/${encodeURIComponent('inc-harran#1')}`)).json()) as { claims_by_field: Record<string, { contested?: { reason: string } }[]> };
    expect(detail.claims_by_field['killed']!.map((c) => c.contested?.reason ?? null)).toEqual(['counted before the morgue list', null]);
    const trail = (await (await api.get(`/api/audit?entity_id=${encodeURIComponent('inc-harran#1')}`)).json()) as { entries: { seq: number; action: string }[] };
    expect(trail.entries[0]).toMatchObject({ seq: audit.seq, action: 'contest' });

    const reverted = await fetch(`${api.url}/api/audit/${audit.seq}/revert`, { method: 'POST', headers: { authorization: `Bearer ${api.tokens.analyst}` } });
    expect(reverted.status).toBe(200);
    const back = await fits(reverted, '/api/audit/{seq}/revert');
    expect(back.audit.action).toBe(`revert ${audit.seq}`);
    expect(back.incident.figures['killed']).toMatchObject({ low: 17, high: 40, contested: [] });

    const bad = await post(at('uncontest'), medics, api.tokens.analyst);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ field: 'body', message: 'the killed claim of event harran#1 is not contested' });
    const noReason = await post(at('contest'), medics, api.tokens.analyst);
    expect(await noReason.json()).toMatchObject({ error: 'bad_request', field: 'body.reason' });
    const elsewhere = await post(at('contest'), { ...medics, start: 0, reason: 'r' }, api.tokens.analyst);
    expect(await elsewhere.json()).toMatchObject({ field: 'body', message: 'incident inc-harran#1 has no killed claim of event harran#1 at 0-27' });

    await post(at('contest'), { ...medics, reason: 'again' }, api.tokens.analyst);
    const off = await post(at('uncontest'), medics, api.tokens.analyst);
    expect((await fits(off, '/api/incidents/{id}/claims/uncontest')).incident.claims.every((c) => !c.contested)).toBe(true);
  });
});
