import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentRecord } from '../../core/incident.ts';
import { testDocument, testEvent } from '../../store/store-fixtures.ts';
import { startTestApi, type TestApi } from '../test-api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  // A second outlet's report of the fixture's Saada strike, with a higher toll from another reporter.
  const text = 'Saada: the toll from the market strike rose to 17, medics said on Tuesday.';
  await api.store.putDocument(testDocument('yemen-2', text, { source: 'Other Outlet', published: '2019-11-12' }), [
    testEvent('yemen-2', 1, {
      country: 'Yemen', iso3: 'YEM', event_date: '2019-11-11', event_type: 'Explosions/Remote violence', admin1: "Sa'dah",
      actor1: 'Operation Restoring Hope', latitude: 16.94, longitude: 43.76, killed_best: 17, reported_by: ['medics'],
      claims: [{ field: 'killed', value: 17, qualifier: null, reporter: 'medics', reporter_type: 'medical', start: 48, end: 50 }],
    }),
  ]);
  await api.incidents!.reconcilePending('test');
});
afterAll(() => api.close());

describe('GET /api/incidents', () => {
  it('lists incidents newest first with their event and document ids, filtered and paged', async () => {
    const all = (await (await api.get('/api/incidents?limit=1000')).json()) as { incidents: IncidentRecord[] };
    expect(all.incidents.length).toBe(8);
    const saada = all.incidents.find((i) => i.event_ids.includes('yemen-2#1'))!;
    expect(saada.event_ids).toEqual(['yemen#1', 'yemen-2#1']);
    expect(saada.doc_ids).toEqual(['yemen', 'yemen-2']);
    const yemen = (await (await api.get('/api/incidents?country=YEM&min_killed=15')).json()) as { incidents: IncidentRecord[] };
    expect(yemen.incidents.map((i) => i.id)).toEqual([saada.id]);
    const first = (await (await api.get('/api/incidents?limit=2')).json()) as { incidents: IncidentRecord[]; next_cursor: string };
    const second = (await (await api.get(`/api/incidents?limit=2&cursor=${encodeURIComponent(first.next_cursor)}`)).json()) as { incidents: IncidentRecord[] };
    expect(second.incidents[0]!.id).toBe(all.incidents[2]!.id);
  });

  it('names the bad field', async () => {
    const response = await api.get('/api/incidents?grade=excellent');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'bad_request', field: 'grade' });
  });
});

describe('GET /api/incidents/{id}', () => {
  it('gives the incident with its events, documents and claims side by side', async () => {
    const id = encodeURIComponent('inc-yemen#1');
    const body = (await (await api.get(`/api/incidents/${id}`)).json()) as {
      incident: IncidentRecord; events: { id: string }[]; documents: { id: string }[]; claims_by_field: Record<string, { reporter: string; value: number }[]>;
    };
    expect(body.events.map((e) => e.id)).toEqual(['yemen#1', 'yemen-2#1']);
    expect(body.documents.map((d) => d.id)).toEqual(['yemen', 'yemen-2']);
    expect(body.claims_by_field.killed?.map((c) => c.reporter)).toEqual(['medics']);
    expect(body.incident.grade).toBe('fair');
    expect(body.incident.links[0]?.reasons.length).toBeGreaterThan(0);
  });

  it('answers 404 for an unknown incident', async () => {
    expect((await api.get('/api/incidents/inc-nope')).status).toBe(404);
  });
});

describe('POST /api/incidents/merge, /{id}/split, /detach', () => {
  const post = (path: string, body: unknown, token?: string) =>
    fetch(api.url + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });

  it('lets an analyst merge, split and detach, by name in the audit log; refuses viewers and bad requests', async () => {
    expect((await post('/api/incidents/merge', { ids: ['inc-fiji#1', 'inc-fiji#2'] })).status).toBe(401);
    expect((await post('/api/incidents/merge', { ids: ['inc-fiji#1', 'inc-fiji#2'] }, api.tokens.viewer)).status).toBe(403);
    const merged = await post('/api/incidents/merge', { ids: ['inc-fiji#1', 'inc-fiji#2'] }, api.tokens.analyst);
    expect(merged.status).toBe(200);
    expect(((await merged.json()) as { incident: IncidentRecord }).incident).toMatchObject({ id: 'inc-fiji#1', event_ids: ['fiji#1', 'fiji#2'], locked: true });
    const split = await post(`/api/incidents/${encodeURIComponent('inc-fiji#1')}/split`, { event_ids: ['fiji#2'] }, api.tokens.analyst);
    expect(((await split.json()) as { incidents: IncidentRecord[] }).incidents.map((i) => i.event_ids)).toEqual([['fiji#1'], ['fiji#2']]);
    const detached = await post('/api/incidents/detach', { event_id: 'yemen-2#1' }, api.tokens.analyst);
    expect(((await detached.json()) as { incident: IncidentRecord }).incident.event_ids).toEqual(['yemen-2#1']);
    const bad = await post('/api/incidents/merge', { ids: ['inc-fiji#1', 'inc-nope'] }, api.tokens.analyst);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ field: 'body', message: 'no incident inc-nope' });
    expect((await post('/api/incidents/merge', { ids: ['only-one'] }, api.tokens.analyst)).status).toBe(400);
    const log = await api.incidents!.auditLog({ entity_id: 'inc-fiji#1' });
    expect(log.map((e) => [e.actor, e.action])).toContainEqual(['ana', 'merge']);
  });
});
