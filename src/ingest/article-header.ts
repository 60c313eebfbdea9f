/**
 * The header block our article files start with:
 *
 *   source: Outlet name
 *   url: https://...
 *   published: 2019-06-21
 *   title: Headline
 *   ---
 *   text...
 *
 * Pure: text in, fields and the offset where the report's own text starts out. Values are returned as
 * written (trimmed, empty -> null); checking them (dates) is the caller's job.
 */
export interface ArticleHeader {
  readonly source: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly title: string | null;
  /** Keys we do not know, kept so that nothing in the file is silently lost. */
  readonly extra: Readonly<Record<string, string>>;
  /** Offset in the original text of the first character after the `---` line. */
  readonly bodyStart: number;
}

const KNOWN_KEYS = new Set(['source', 'url', 'published', 'title']);
// A header is short; bounding it keeps a file that merely starts with "word:" from being scanned as one.
const MAX_HEADER_LINES = 30;
const MAX_HEADER_LINE = 4000;
const KEY = /^[a-z][a-z0-9_-]{0,30}$/;

/** Returns the header, or null when the text does not start with one (it is then all report text). */
export function parseArticleHeader(text: string): ArticleHeader | null {
  const fields: Record<string, string> = {};
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let lines = 0; lines < MAX_HEADER_LINES && pos < text.length; lines += 1) {
    const newline = text.indexOf('\n', pos);
    const lineEnd = newline === -1 ? text.length : newline;
    if (lineEnd - pos > MAX_HEADER_LINE) return null;
    const line = text.slice(pos, lineEnd).replace(/\r$/, '');
    const next = newline === -1 ? text.length : newline + 1;
    if (line.trim() === '---') {
      if (!Object.keys(fields).some((key) => KNOWN_KEYS.has(key))) return null;
      return toHeader(fields, next);
    }
    const colon = line.indexOf(':');
    if (colon <= 0) return null;
    const key = line.slice(0, colon).trim().toLowerCase();
    if (!KEY.test(key)) return null;
    fields[key] = line.slice(colon + 1).trim();
    pos = next;
  }
  return null;
}

function toHeader(fields: Readonly<Record<string, string>>, bodyStart: number): ArticleHeader {
  const value = (key: string): string | null => {
    const v = fields[key];
    return v === undefined || v === '' ? null : v;
  };
  const extra: Record<string, string> = {};
  for (const [key, v] of Object.entries(fields)) if (!KNOWN_KEYS.has(key)) extra[key] = v;
  return {
    source: value('source'),
    url: value('url'),
    published: value('published'),
    title: value('title'),
    extra,
    bodyStart,
  };
}
