import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReader } from '../../cli/open-reader.ts';
import type { JobQueue } from '../../queue/job-queue.ts';
import { openSqliteJobQueue } from '../../queue/sqlite-job-queue.ts';
import { ingestJobHandler } from '../../worker/run-ingest-job.ts';
import { startTestApi, type TestApi } from '../test-api.ts';

/**
 * Asynchronous ingest and url ingest end to end: the app, a job queue in a SQLite file, a worker running in
 * this process over the same store, and a local HTTP server with the pages (never the internet).
 */
const page = (version: number) => `<!doctype html><html><head><title>Strike on Tal Sahn</title></head><body>
<nav>Home | Region</nav><article><p>An airstrike on the village of Tal Sahn killed ${version === 1 ? 'three' : 'five'} civilians on Monday, the civil defence said.</p></article>
<footer>All rights reserved</footer></body></html>`;
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Border Monitor</title>
<item><title>Mortar fire on Deir Khabiyah</title><link>https://monitor.example/1</link><pubDate>Mon, 04 Mar 2024 09:00:00 GMT</pubDate>
<description>Mortar fire on Deir Khabiyah wounded two farmers on Sunday.</description></item>
<item><title>Ambush on the highway</title><link>https://monitor.example/2</link><pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate>
<description>Gunmen ambushed a bus on the highway near Kafr Ruma on Monday, killing two soldiers.</description></item>
</channel></rss>`;

let version = 1;
let site: Server;
let siteUrl = '';
let api: TestApi;
let queueDir = '';
let queue: JobQueue;

beforeAll(async () => {
  site = createServer((req, res) => {
    if (req.url === '/moved') return res.writeHead(302, { location: '/story' }).end();
    if (req.url === '/story') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(version));
    if (req.url === '/feed.xml') return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED);
    if (req.url === '/down') return res.writeHead(503).end();
    res.writeHead(404, { 'content-type': 'text/plain' }).end('no such page');
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  queueDir = mkdtempSync(join(tmpdir(), 'sitrep-jobs-'));
  queue = openSqliteJobQueue({ file: join(queueDir, 'queue.db'), retry: { maxAttempts: 2, backoffSeconds: 1 }, pollMs: 50 });
  api = await startTestApi({ fill: false, jobs: async () => queue });
  await queue.work(ingestJobHandler({ store: api.store, incidents: api.incidents ?? null, reader: () => openReader({ dataDir: api.dataDir }), actor: 'test worker' }));
});
afterAll(async () => {
  await queue.close();
  await api.close();
  site.closeAllConnections();
  await new Promise((resolve) => site.close(resolve));
  rmSync(queueDir, { recursive: true, force: true });
});

const post = (body: string, headers: Record<string, string> = {}, query = '', token: string | null = api.tokens.analyst) =>
  fetch(`${api.url}/api/documents${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body,
  });

interface Job {
  id: string;
  state: string;
  attempts: number;
  error: string | null;
  result: { url: string | null; final_url: string | null; documents: { doc_id: string; outcome: string; event_ids: string[] }[] } | null;
}

/** Follows a job until it is settled; the test's timeout bounds the wait. */
async function settled(statusUrl: string): Promise<Job> {
  for (;;) {
    // The worker shares this process: the first job loads the gazetteer and holds the event loop past the
    // server's keep-alive, so a polling request on the stale connection may be reset. Ask again.
    const answer = await api.get(statusUrl).catch((error: unknown) => error as Error);
    if (answer instanceof Error) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      continue;
    }
    const job = (await answer.json()) as Job;
    if (job.state === 'done' || job.state === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('POST /api/documents?async=1 and GET /api/jobs/{id}', () => {
  it('queues a report, answers 202 with the job at once, and the job ends with the stored document and its events', async () => {
    const text = 'Shelling on Kafr Nabl killed three civilians on Monday, the White Helmets said.';
    const response = await post(JSON.stringify({ text, published: '2024-03-05', source: 'Local wire' }), {}, '?async=1');
    expect(response.status).toBe(202);
    const accepted = (await response.json()) as { job_id: string; state: string; status_url: string };
    expect(accepted).toMatchObject({ state: 'queued', status_url: `/api/jobs/${accepted.job_id}` });
    expect(response.headers.get('location')).toBe(accepted.status_url);
    const job = await settled(accepted.status_url);
    expect(job).toMatchObject({ state: 'done', attempts: 1, error: null });
    const [doc] = job.result!.documents;
    expect(doc!.outcome).toBe('inserted');
    expect(doc!.event_ids.length).toBeGreaterThan(0);
    const stored = (await (await api.get(`/api/documents/${encodeURIComponent(doc!.doc_id)}`)).json()) as { text: string; event_ids: string[] };
    expect(stored.text).toBe(text);
    expect(stored.event_ids.sort()).toEqual([...doc!.event_ids].sort());
  });

  it('takes `Prefer: respond-async` for an HTML body too', async () => {
    const response = await post(page(1).replace('Tal Sahn', 'Maarzaf'), { 'content-type': 'text/html', prefer: 'respond-async' }, '?published=2024-03-04');
    expect(response.status).toBe(202);
    const job = await settled(((await response.json()) as { status_url: string }).status_url);
    expect(job.state).toBe('done');
  });

  it('fetches a url in the worker: a feed gives one document per item', async () => {
    const response = await post(JSON.stringify({ url: `${siteUrl}/feed.xml` }), {}, '?async=true');
    const job = await settled(((await response.json()) as { status_url: string }).status_url);
    expect(job.state).toBe('done');
    expect(job.result).toMatchObject({ url: `${siteUrl}/feed.xml`, final_url: `${siteUrl}/feed.xml` });
    expect(job.result!.documents).toHaveLength(2);
  });

  it('fails a job whose page is gone, naming the url and the status, without retrying it', async () => {
    const response = await post(JSON.stringify({ url: `${siteUrl}/missing` }), { prefer: 'respond-async' });
    const job = await settled(((await response.json()) as { status_url: string }).status_url);
    expect(job).toMatchObject({ state: 'failed', attempts: 1, error: `${siteUrl}/missing: HTTP 404 Not Found`, result: null });
  });

  it('retries a site that is down, then fails the job saying why', async () => {
    const response = await post(JSON.stringify({ url: `${siteUrl}/down` }), {}, '?async=1');
    const job = await settled(((await response.json()) as { status_url: string }).status_url);
    expect(job.state).toBe('failed');
    expect(job.attempts).toBe(2);
    expect(job.error).toBe(`gave up after 2 attempts: ${siteUrl}/down: HTTP 503 Service Unavailable`);
  });

  it('answers 404 for a job it does not know, and 401 for queueing without a token', async () => {
    expect((await api.get('/api/jobs/424242')).status).toBe(404);
    expect((await api.get('/api/jobs/not-a-job')).status).toBe(404);
    expect((await post(JSON.stringify({ text: 'A report.' }), {}, '?async=1', null)).status).toBe(401);
  });
});

describe('POST /api/documents with a url, inline', () => {
  it('fetches, follows the redirect and stores the page; the same page again is unchanged, new text the next version', async () => {
    const first = await post(JSON.stringify({ url: `${siteUrl}/moved`, published: '2024-03-04' }));
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ outcome: 'inserted', version: 1, url: `${siteUrl}/moved`, final_url: `${siteUrl}/story` });
    const again = await post(JSON.stringify({ url: `${siteUrl}/story`, published: '2024-03-04' }));
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ outcome: 'unchanged' });
    version = 2;
    const updated = await post(JSON.stringify({ url: `${siteUrl}/moved`, published: '2024-03-04' }));
    expect(updated.status).toBe(201);
    expect(await updated.json()).toMatchObject({ outcome: 'replaced', version: 2 });
  });

  it.each([
    [{ url: 'ftp://files.example/report.txt' }, 400, 'url', /only http and https urls can be fetched/],
    [{ url: 'not a url' }, 400, 'url', /Invalid url/],
    [{}, 400, 'text', /give the text, or a url to fetch/],
  ])('refuses %j with %i naming the field', async (body, status, field, message) => {
    const response = await post(JSON.stringify(body));
    const answer = (await response.json()) as { field: string; message: string };
    expect([response.status, answer.field]).toEqual([status, field]);
    expect(answer.message).toMatch(message);
  });

  it('answers 400 for a page that is gone and 502 for a site that is down, naming the url', async () => {
    const gone = await post(JSON.stringify({ url: `${siteUrl}/missing` }));
    expect([gone.status, await gone.json()]).toEqual([400, { error: 'bad_request', field: 'url', message: `${siteUrl}/missing: HTTP 404 Not Found` }]);
    const down = await post(JSON.stringify({ url: `${siteUrl}/down` }));
    expect([down.status, await down.json()]).toEqual([502, { error: 'bad_gateway', field: 'url', message: `${siteUrl}/down: HTTP 503 Service Unavailable` }]);
    const feed = await post(JSON.stringify({ url: `${siteUrl}/feed.xml` }));
    expect(feed.status).toBe(400);
  });
});
