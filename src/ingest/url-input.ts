import { fetchReport, type FetchOptions } from './fetch-report.ts';
import { readFeedReports } from './feed-input.ts';
import { readHtmlReport } from './html-input.ts';
import { guessInputKind } from './input-kind.ts';
import type { InputKind, InputResult } from './input-result.ts';
import { readJsonlReports } from './jsonl-input.ts';
import { parsePublished } from './published-date.ts';
import { readTextReport } from './text-input.ts';

/**
 * A report at a url, read exactly as a file is: the page is fetched (`fetch-report.ts`), then the reader its
 * content type names (else its path and opening) makes the documents. A page without a url of its own
 * (a canonical link) gets the address it was finally served from, so that a later fetch with new text
 * becomes the next version of the same document.
 */
export interface UrlOptions extends FetchOptions {
  readonly input?: InputKind | 'auto';
  readonly published?: string;
  readonly source?: string;
  readonly title?: string;
}

export type UrlRead =
  | { readonly ok: true; readonly url: string; readonly finalUrl: string; readonly kind: InputKind; readonly results: readonly InputResult[] }
  | { readonly ok: false; readonly transient: boolean; readonly message: string };

export function isUrl(arg: string): boolean {
  return /^https?:\/\//i.test(arg);
}

export async function readUrl(url: string, options: UrlOptions = {}): Promise<UrlRead> {
  const published = parsePublished(options.published, 'published');
  if (!published.ok) return { ok: false, transient: false, message: published.message };
  const defaults = { published: published.value, source: options.source?.trim() || null };
  const fetched = await fetchReport(url, options);
  if (!fetched.ok) return fetched;
  const { finalUrl, text } = fetched.report;
  const kind = options.input && options.input !== 'auto' ? options.input : (fetched.report.kind ?? guessInputKind(pathOf(finalUrl), text));
  const read = (): InputResult[] => {
    if (kind === 'rss') return [...readFeedReports(text, finalUrl, defaults)];
    if (kind === 'jsonl') return [...readJsonlReports(new TextEncoder().encode(text), finalUrl, defaults)];
    return [kind === 'html' ? readHtmlReport(text, finalUrl, defaults) : readTextReport(text, finalUrl, defaults)];
  };
  // A feed's items have links of their own; a page is the document at the address it came from.
  const results = read().map((r) =>
    r.ok && kind !== 'rss' && kind !== 'jsonl' ? { ...r, doc: { ...r.doc, url: r.doc.url ?? finalUrl, title: r.doc.title ?? options.title ?? null } } : r,
  );
  return { ok: true, url, finalUrl, kind, results };
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
