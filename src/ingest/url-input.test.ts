import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readUrl } from './url-input.ts';

/** Reading reports from a local HTTP server started here (never the internet). */
const ARTICLE = `<!doctype html><html><head><title>Shelling in Kafr Halab</title></head><body>
<nav>Home | World | Sport</nav>
<article><h1>Shelling in Kafr Halab</h1>
<p>Shelling on Kafr Halab killed two civilians on Tuesday, local sources said.</p>
<p>Rescue teams said three more people were wounded.</p></article>
<footer>Copyright the outlet</footer></body></html>`;

const FEED = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Valley Wire</title>
<item><title>Clashes near the dam</title><link>https://wire.example/a</link><pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate>
<description>Clashes near the dam killed four fighters on Monday.</description></item>
<item><title>Drone strike on a market</title><link>https://wire.example/b</link><pubDate>Wed, 06 Mar 2024 08:00:00 GMT</pubDate>
<description>A drone strike on a market killed a child, medics said.</description></item>
</channel></rss>`;

// "café" in windows-1252: é is the single byte 0xE9, which is not valid UTF-8.
const LATIN = Buffer.concat([Buffer.from('<html><body><article><p>A strike hit the caf'), Buffer.from([0xe9]), Buffer.from(' in the old town on Friday, killing one man.</p></article></body></html>')]);
const LATIN_META = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"></head><body><article><p>The caf'), Buffer.from([0xe9]), Buffer.from(' was shelled again on Saturday, witnesses said.</p></article></body></html>')]);

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    const send = (status: number, type: string | null, body: string | Buffer) => {
      if (type) res.setHeader('content-type', type);
      res.setHeader('content-length', Buffer.byteLength(body));
      res.writeHead(status).end(body);
    };
    switch (req.url) {
      case '/old-article': return res.writeHead(301, { location: '/news/article-17' }).end();
      case '/news/article-17': return send(200, 'text/html; charset=utf-8', ARTICLE);
      case '/canonical': return send(200, 'text/html', ARTICLE.replace('<head>', '<head><link rel="canonical" href="https://outlet.example/kafr-halab">'));
      case '/latin': return send(200, 'text/html; charset=windows-1252', LATIN);
      case '/latin-meta': return send(200, 'text/html', LATIN_META);
      case '/bulletin.txt': return send(200, 'text/plain', 'source: Valley Monitor\npublished: 2024-03-07\n---\nAirstrikes on Tal Sahn killed five people on Thursday.\n');
      case '/feed': return send(200, 'application/rss+xml', FEED);
      case '/gone': return send(404, 'text/plain', 'not here');
      case '/busy': return send(503, 'text/plain', 'try later');
      case '/report.pdf': return send(200, 'application/pdf', '%PDF-1.4');
      case '/huge': return send(200, 'text/plain', 'x'.repeat(5000));
      case '/endless': {
        res.writeHead(200, { 'content-type': 'text/plain' });
        const timer = setInterval(() => res.write('y'.repeat(1024)), 1);
        res.on('close', () => clearInterval(timer));
        return;
      }
      case '/silent': return; // never answers
      default: return send(404, 'text/plain', 'no such page');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('readUrl', () => {
  it('follows redirects, keeps both addresses and reads the main text of the page', async () => {
    const read = await readUrl(`${base}/old-article`, { published: '2024-03-05' });
    expect(read).toMatchObject({ ok: true, url: `${base}/old-article`, finalUrl: `${base}/news/article-17`, kind: 'html' });
    if (!read.ok) return;
    const [first] = read.results;
    expect(first).toMatchObject({ ok: true, file: `${base}/news/article-17` });
    if (!first?.ok) return;
    expect(first.doc.url).toBe(`${base}/news/article-17`);
    expect(first.doc.text).toContain('killed two civilians');
    expect(first.doc.text).not.toContain('Copyright');
    expect(first.doc.published).toBe('2024-03-05');
  });

  it("keeps the page's canonical url as the document's", async () => {
    const read = await readUrl(`${base}/canonical`);
    expect(read.ok && read.results[0]?.ok && read.results[0].doc.url).toBe('https://outlet.example/kafr-halab');
  });

  it.each([
    ['the Content-Type charset', '/latin', 'the café in the old town'],
    ['a <meta charset>', '/latin-meta', 'The café was shelled'],
  ])('decodes a windows-1252 page by %s', async (_, path, expected) => {
    const read = await readUrl(`${base}${path}`);
    expect(read.ok && read.results[0]?.ok && read.results[0].doc.text).toContain(expected);
  });

  it('reads plain text with its header and a feed as one document per item', async () => {
    const text = await readUrl(`${base}/bulletin.txt`);
    expect(text.ok && text.results[0]?.ok && text.results[0].doc).toMatchObject({ source: 'Valley Monitor', published: '2024-03-07', url: `${base}/bulletin.txt` });
    const feed = await readUrl(`${base}/feed`);
    expect(feed.ok && feed.kind).toBe('rss');
    expect(feed.ok && feed.results.map((r) => r.ok && r.doc.url)).toEqual(['https://wire.example/a', 'https://wire.example/b']);
  });

  it.each([
    ['/gone', false, 'HTTP 404 Not Found'],
    ['/busy', true, 'HTTP 503 Service Unavailable'],
    ['/report.pdf', false, 'content type application/pdf is not a report (html, plain text, RSS or Atom)'],
    ['/huge', false, 'too large: 5000 bytes, over the 4096 bytes limit'],
    ['/endless', false, 'too large: over the 4096 bytes limit'],
  ])('refuses %s (transient: %s) saying why', async (path, transient, message) => {
    expect(await readUrl(`${base}${path}`, { maxBytes: 4096 })).toEqual({ ok: false, transient, message });
  });

  it('gives up on a server that does not answer, and on one that is not there, as worth retrying', async () => {
    expect(await readUrl(`${base}/silent`, { timeoutMs: 300 })).toEqual({ ok: false, transient: true, message: 'no answer within 300 ms' });
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const refused = await readUrl(`http://127.0.0.1:${port}/nothing`);
    expect(refused).toMatchObject({ ok: false, transient: true });
    expect(!refused.ok && refused.message).toMatch(/^cannot fetch \(ECONNREFUSED/);
  });

  it('refuses what is not an http url and a bad --published before fetching', async () => {
    expect(await readUrl('ftp://example.org/a')).toEqual({ ok: false, transient: false, message: 'only http and https urls can be fetched' });
    expect(await readUrl(`${base}/feed`, { published: '2024-13-01' })).toMatchObject({ ok: false, transient: false });
  });
});
