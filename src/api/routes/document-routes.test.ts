import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test-api.ts';

/** POST /api/documents end to end: a report in, extraction as `sitrep ingest` runs it, events out. */

// Short reports written for these tests, in the style of wire copy.
const REPORT = {
  title: 'Shelling kills four in western Aleppo',
  source: 'Test Wire',
  published: '2024-03-04',
  text:
    'Government shelling on the town of Atarib in western Aleppo killed four civilians, including two children, ' +
    'on Sunday, the Syrian Civil Defence said. Rescue teams pulled two wounded men from a collapsed house.',
};
const HTML_REPORT = `<!doctype html><html><head><title>Clashes near Beni</title>
<meta property="article:published_time" content="2024-02-10T08:00:00Z"></head>
<body><nav>Home | World</nav><article><h1>Clashes near Beni</h1>
<p>Fighters of the Allied Democratic Forces attacked the village of Mbau near Beni on Friday, killing seven people, local officials said.</p>
</article><footer>Copyright</footer></body></html>`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ fill: false, maxBodyBytes: 64 * 1024 });
});
afterAll(() => api.close());

const post = (body: string, token: string | null, type = 'application/json', query = '') =>
  fetch(`${api.url}/api/documents${query}`, {
    method: 'POST',
    headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });

interface Ingested {
  outcome: string;
  doc_id: string;
  event_ids: string[];
}

describe('POST /api/documents', () => {
  it('reads and stores a JSON report; its events are then served, each quote true to the text', async () => {
    const response = await post(JSON.stringify(REPORT), api.tokens.analyst);
    expect(response.status).toBe(201);
    const result = (await response.json()) as Ingested;
    expect(result).toMatchObject({ outcome: 'inserted', version: 1, doc_id: expect.stringMatching(/^shelling-kills-four/) });
    expect(result.event_ids.length).toBeGreaterThan(0);
    const listed = await api.get(`/api/events?doc_id=${encodeURIComponent(result.doc_id)}`);
    const { events } = (await listed.json()) as { events: { id: string; killed_best: number | null; evidence: { start: number; end: number; quote: string }[] }[] };
    expect(events.map((e) => e.id).sort()).toEqual([...result.event_ids].sort());
    expect(events.some((e) => e.killed_best === 4)).toBe(true);
    for (const e of events) for (const span of e.evidence) expect(REPORT.text.slice(span.start, span.end)).toBe(span.quote);
  });

  it('changes nothing when the same report comes again', async () => {
    const before = (await (await api.get('/api/events')).json()) as { events: unknown[] };
    const response = await post(JSON.stringify(REPORT), api.tokens.admin);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ outcome: 'unchanged', events_written: 0 });
    const after = (await (await api.get('/api/events')).json()) as { events: unknown[] };
    expect(after.events).toEqual(before.events);
  });

  it('reads an HTML page as `sitrep ingest` does: the article, not the furniture', async () => {
    const response = await post(HTML_REPORT, api.tokens.analyst, 'text/html; charset=utf-8', '?source=Test%20Wire');
    expect(response.status).toBe(201);
    const result = (await response.json()) as Ingested;
    const doc = (await (await api.get(`/api/documents/${encodeURIComponent(result.doc_id)}`)).json()) as { text: string; title: string; published: string; source: string };
    expect(doc).toMatchObject({ title: 'Clashes near Beni', published: '2024-02-10', source: 'Test Wire' });
    expect(doc.text).toContain('Mbau');
    expect(doc.text).not.toContain('Copyright');
  });

  it.each<[string, string, string, string]>([
    ['no text', JSON.stringify({ title: 'x' }), 'application/json', 'text'],
    ['blank text', JSON.stringify({ text: '   ' }), 'application/json', 'text'],
    ['a bad date', JSON.stringify({ text: 'Shelling.', published: '4 March 2024' }), 'application/json', 'published'],
    ['a bad url', JSON.stringify({ text: 'Shelling.', url: 'not a url' }), 'application/json', 'url'],
    ['an unknown field', JSON.stringify({ text: 'Shelling.', author: 'me' }), 'application/json', 'author'],
    ['broken JSON', '{"text": "Shelling', 'application/json', 'body'],
  ])('answers 400 naming the field for %s, and stores nothing', async (_name, body, type, field) => {
    const before = (await api.store.summarise()).documents;
    const response = await post(body, api.tokens.analyst, type);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'bad_request', field });
    expect((await api.store.summarise()).documents).toBe(before);
  });

  it('answers 415 for a body type it does not read', async () => {
    const response = await post('a,b\n1,2', api.tokens.analyst, 'text/csv');
    expect(response.status).toBe(415);
  });

  it('answers 413 for a body over the limit, declared or streamed, without storing anything', async () => {
    const big = JSON.stringify({ ...REPORT, text: 'Shelling was reported. '.repeat(4000) });
    const declared = await post(big, api.tokens.analyst);
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({ error: 'payload_too_large' });
    // No Content-Length: the limit is enforced while the body streams in.
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 100; i += 1) controller.enqueue(new TextEncoder().encode('x'.repeat(1024)));
        controller.close();
      },
    });
    const streamed = await fetch(`${api.url}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${api.tokens.analyst}` },
      body: chunks,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect((await api.store.summarise()).documents).toBe(2);
  });
});
