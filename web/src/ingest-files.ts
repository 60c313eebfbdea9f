/**
 * Which dropped files the API can read, and as what: HTML as HTML, plain text and Markdown as text. Other
 * formats (feeds, JSONL, CSV) go through `sitrep ingest`, which knows them; the dashboard says so by name.
 */

export type Upload = { readonly ok: true; readonly type: 'text/plain' | 'text/html' } | { readonly ok: false; readonly reason: string };

const HTML = /\.x?html?$/i;
const TEXT = /\.(txt|text|md|markdown)$/i;

export function uploadOf(name: string, mime: string): Upload {
  if (HTML.test(name) || mime === 'text/html') return { ok: true, type: 'text/html' };
  if (TEXT.test(name) || mime === 'text/plain' || mime === 'text/markdown') return { ok: true, type: 'text/plain' };
  return { ok: false, reason: `${name}: only text and HTML reports can be dropped here; use \`sitrep ingest\` for feeds, JSONL and CSV` };
}

/** A file name without its extension, as a report's title. */
export function titleOf(name: string): string {
  return name.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim() || name;
}
