import { buildDocument } from './build-document.ts';
import { decodeEntities } from './html-entities.ts';
import { extractHtmlArticle } from './html-text.ts';
import type { InputDefaults, InputResult } from './input-result.ts';

/**
 * An RSS 2.0 or Atom feed: each <item> or <entry> becomes a document (its content, else its description or
 * summary, as text; its title, link and date). Elements are found with indexOf scans, never a backtracking
 * pattern, so a hostile feed stays linear. A broken entry is named by its line; the others are still read.
 */
export function* readFeedReports(xml: string, file: string, defaults: InputDefaults): Generator<InputResult> {
  const atom = /<feed[\s>]/i.test(xml.slice(0, 2048));
  const tag = atom ? 'entry' : 'item';
  const source = elementText(xml.slice(0, firstIndex(xml, `<${tag}`)), 'title');
  let found = 0;
  const lines = lineCounter(xml);
  for (const entry of elements(xml, tag)) {
    found += 1;
    const line = lines(entry.start);
    const body = entry.inner;
    const html = elementText(body, 'content:encoded') ?? elementText(body, 'content') ?? elementText(body, 'description') ?? elementText(body, 'summary');
    const title = elementText(body, 'title');
    const text = [title, html === null ? null : extractHtmlArticle(`<html><body><article>${html}</article></body></html>`).text]
      .filter((part): part is string => part !== null && part.trim() !== '')
      .join('\n\n');
    if (text.trim() === '') {
      yield { ok: false, file, line, message: `feed ${tag} has no title or text` };
      continue;
    }
    const dated = elementText(body, 'pubDate') ?? elementText(body, 'published') ?? elementText(body, 'updated') ?? elementText(body, 'dc:date');
    const published = dated === null ? null : isoDay(dated);
    const url = atom ? attribute(body, 'link', 'href') : elementText(body, 'link');
    yield buildDocument({ text, published, source, title, url, line }, file, defaults,
      dated !== null && published === null ? [{ level: 'warning', code: 'ingest/feed-date', message: `line ${line}: cannot read the date "${dated}"; ignored` }] : []);
  }
  if (found === 0) yield { ok: false, file, message: `no <${tag}> in the feed` };
}

/** Whether a file's opening looks like an RSS or Atom feed. */
export function looksLikeFeed(head: string): boolean {
  return /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)?<(?:rss|feed|rdf:RDF)[\s>]/i.test(head);
}

interface Element {
  readonly start: number;
  readonly inner: string;
}

function* elements(xml: string, name: string): Generator<Element> {
  const lower = xml.toLowerCase();
  const open = `<${name}`;
  const close = `</${name}>`;
  let at = 0;
  for (;;) {
    const start = nextOpen(lower, open, at);
    if (start < 0) return;
    const bodyStart = lower.indexOf('>', start);
    if (bodyStart < 0) return;
    const end = lower.indexOf(close, bodyStart);
    if (end < 0) return;
    yield { start, inner: xml.slice(bodyStart + 1, end) };
    at = end + close.length;
  }
}

/** The next `<name` that is the whole tag name (not `<itemize`). */
function nextOpen(lower: string, open: string, from: number): number {
  let at = lower.indexOf(open, from);
  while (at >= 0 && /[\w:-]/.test(lower[at + open.length] ?? '')) at = lower.indexOf(open, at + 1);
  return at;
}

function firstIndex(xml: string, needle: string): number {
  const at = xml.toLowerCase().indexOf(needle);
  return at < 0 ? xml.length : at;
}

/** An element's text, CDATA unwrapped and entities decoded, or null when it is absent. */
function elementText(xml: string, name: string): string | null {
  const lower = xml.toLowerCase();
  const start = nextOpen(lower, `<${name.toLowerCase()}`, 0);
  if (start < 0) return null;
  const bodyStart = lower.indexOf('>', start);
  if (bodyStart < 0 || xml[bodyStart - 1] === '/') return null;
  const end = lower.indexOf(`</${name.toLowerCase()}>`, bodyStart);
  if (end < 0) return null;
  const raw = xml.slice(bodyStart + 1, end).trim();
  const cdata = raw.startsWith('<![CDATA[') && raw.endsWith(']]>');
  return cdata ? raw.slice(9, -3) : decodeEntities(raw);
}

function attribute(xml: string, name: string, attr: string): string | null {
  const lower = xml.toLowerCase();
  const start = nextOpen(lower, `<${name}`, 0);
  if (start < 0) return null;
  const tagEnd = lower.indexOf('>', start);
  const tag = xml.slice(start, tagEnd < 0 ? undefined : tagEnd);
  const found = new RegExp(`\\s${attr}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag);
  return found ? decodeEntities(found[1]!) : null;
}

function isoDay(text: string): string | null {
  const ms = Date.parse(text.trim());
  if (Number.isNaN(ms)) return null;
  const day = new Date(ms).toISOString().slice(0, 10);
  return day >= '1900-01-01' && day <= '2100-12-31' ? day : null;
}

/** Line numbers for offsets asked in increasing order, counted once over the whole text. */
function lineCounter(text: string): (offset: number) => number {
  let line = 1;
  let next = text.indexOf('\n');
  return (offset) => {
    while (next >= 0 && next < offset) {
      line += 1;
      next = text.indexOf('\n', next + 1);
    }
    return line;
  };
}
