import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDocument, testEvent } from '../../store/store-fixtures.ts';
import { startTestApi, type TestApi } from '../test-api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const ids = async (query: string): Promise<string[]> => {
  const response = await api.get(`/api/events?${query}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { events: { id: string }[] }).events.map((e) => e.id);
};

describe('GET /api/events', () => {
  it.each<[string, string, string[]]>([
    ['no filter: newest first, undated last', '', ['fiji#2', 'fiji#1', 'iraq#1', 'yemen#1', 'syria#1', 'syria#2', 'syria#3', 'yemen#2']],
    ['from and to', 'from=2019-06-01&to=2019-06-30', ['syria#1', 'syria#2']],
    ['country by iso3', 'country=syr', ['syria#1', 'syria#2', 'syria#3']],
    ['admin1', 'admin1=Idlib', ['syria#1', 'syria#3']],
    ['event_type, encoded', `event_type=${encodeURIComponent('Explosions/Remote violence')}&min_killed=100`, ['syria#3']],
    ['actor', 'actor=restoring', ['yemen#1']],
    ['reporter', 'reporter=SOHR', ['syria#1', 'syria#2']],
    ['bbox', 'bbox=36,35,37,36', ['syria#1', 'syria#2']],
    ['min_killed', 'min_killed=12', ['yemen#1', 'syria#1', 'syria#3']],
    ['q', 'q=market', ['yemen#1', 'yemen#2']],
    ['kind', 'kind=aggregate', ['syria#3']],
    ['nothing matches', 'country=Atlantis', []],
  ])('filter: %s', async (_name, query, expected) => {
    expect(await ids(query)).toEqual(expected);
  });

  it('pages with limit and cursor through every event once, in order', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await api.get(`/api/events?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      const page = (await response.json()) as { events: { id: string }[]; next_cursor: string | null };
      seen.push(...page.events.map((e) => e.id));
      cursor = page.next_cursor;
      pages += 1;
    } while (cursor !== null && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual(await ids(''));
  });

  it.each<[string, string, string]>([
    ['a non-number', 'min_killed=many', 'min_killed'],
    ['a negative number', 'min_killed=-1', 'min_killed'],
    ['a bad date', 'from=21/06/2019', 'from'],
    ['from after to', 'from=2020-01-01&to=2019-01-01', 'from'],
    ['a bad bbox', 'bbox=1,2,3', 'bbox'],
    ['an unknown event type', 'event_type=Skirmish', 'event_type'],
    ['an unknown kind', 'kind=rumour', 'kind'],
    ['a limit too large', 'limit=5000', 'limit'],
    ['a limit of zero', 'limit=0', 'limit'],
    ['a forged cursor', 'cursor=bm90LWEtY3Vyc29y', 'cursor'],
    ['an unknown parameter', 'colour=red', 'colour'],
    ['a parameter given twice', 'country=Syria&country=Iraq', 'country'],
  ])('answers 400 naming the field for %s', async (_name, query, field) => {
    const response = await api.get(`/api/events?${query}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'bad_request', field, message: expect.any(String) });
  });
});

describe('GET /api/events/{id}', () => {
  it('gives the event, its document and each evidence span with the text around it', async () => {
    const text = 'Rescue workers said. An airstrike on the market in Saada killed 14 people on Monday. More later.';
    const quote = 'killed 14 people';
    const start = text.indexOf(quote);
    await api.store.putDocument(testDocument('saada', text, { title: 'Saada market strike' }), [
      testEvent('saada', 1, { event_date: '2019-11-11', killed_best: 14, evidence: [{ field: 'killed', start, end: start + quote.length, quote }] }),
    ]);
    const response = await api.get(`/api/events/${encodeURIComponent('saada#1')}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { event: { id: string }; document: { title: string }; evidence: { start: number; end: number; quote: string; context: { start: number; text: string } }[] };
    expect(body.event.id).toBe('saada#1');
    expect(body.document.title).toBe('Saada market strike');
    const [evidence] = body.evidence;
    expect(evidence!.quote).toBe(quote);
    expect(evidence!.context.text).toBe(text);
    expect(evidence!.context.text.slice(evidence!.start - evidence!.context.start, evidence!.end - evidence!.context.start)).toBe(quote);
  });

  it('finds ids with slashes, spaces and # when they are percent-encoded', async () => {
    await api.store.putDocument(testDocument('feeds/a b', 'Clashes were reported.'), [testEvent('feeds/a b', 1)]);
    expect((await api.get(`/api/events/${encodeURIComponent('feeds/a b#1')}`)).status).toBe(200);
    expect((await api.get(`/api/documents/${encodeURIComponent('feeds/a b')}`)).status).toBe(200);
  });

  it('answers 404 for an unknown id', async () => {
    const response = await api.get('/api/events/nope%231');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: 'not_found' });
  });
});

describe('GET /api/documents/{id}', () => {
  it('gives the stored text, its version and its event ids', async () => {
    const response = await api.get('/api/documents/fiji');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: 'fiji', version: 1, text: expect.stringContaining('date line'), event_ids: ['fiji#2', 'fiji#1'] });
    expect((await api.get('/api/documents/atlantis')).status).toBe(404);
  });
});

describe('unknown routes', () => {
  it('answer 404 in JSON', async () => {
    const response = await api.get('/api/nothing-here');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: 'not_found' });
  });
});
