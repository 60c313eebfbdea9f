import { decodePage } from './page-charset.ts';
import type { InputKind } from './input-result.ts';

/**
 * One report from the web, with Node's fetch: redirects followed (the final url kept), a time limit, a size
 * limit enforced while reading, the content type mapped to a reader, the charset honoured. Failures say
 * whether trying again later may help (timeouts, refused connections, 429 and 5xx) or not (404, a PDF).
 */
export interface FetchedReport {
  readonly url: string;
  readonly finalUrl: string;
  readonly kind: InputKind | null;
  readonly text: string;
}

export type FetchResult =
  | { readonly ok: true; readonly report: FetchedReport }
  | { readonly ok: false; readonly transient: boolean; readonly message: string };

export interface FetchOptions {
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
}

export const DEFAULT_FETCH_TIMEOUT_MS = 30_000;
export const DEFAULT_FETCH_MAX_BYTES = 10 * 1024 * 1024;

const KIND_OF_TYPE: Readonly<Record<string, InputKind>> = {
  'text/html': 'html', 'application/xhtml+xml': 'html', 'text/plain': 'text',
  'application/rss+xml': 'rss', 'application/atom+xml': 'rss', 'application/xml': 'rss', 'text/xml': 'rss',
};
const RETRYABLE_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

export async function fetchReport(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_FETCH_MAX_BYTES;
  if (!/^https?:\/\//i.test(url)) return { ok: false, transient: false, message: 'only http and https urls can be fetched' };
  let response: Response;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    response = await fetch(url, { redirect: 'follow', signal, headers: { accept: 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, text/plain;q=0.9, */*;q=0.1', 'user-agent': 'sitrep' } });
  } catch (error) {
    return { ok: false, transient: true, message: networkMessage(error, timeoutMs) };
  }
  const finalUrl = response.url || url;
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    const moved = finalUrl === url ? '' : ` (after redirects, at ${finalUrl})`;
    return { ok: false, transient: RETRYABLE_STATUS.has(response.status), message: `HTTP ${response.status} ${response.statusText}${moved}`.trimEnd() };
  }
  const contentType = response.headers.get('content-type') ?? '';
  const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
  const kind = mediaType === '' ? null : (KIND_OF_TYPE[mediaType] ?? null);
  if (mediaType !== '' && kind === null) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, transient: false, message: `content type ${mediaType} is not a report (html, plain text, RSS or Atom)` };
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, transient: false, message: `too large: ${megabytes(declared)}, over the ${megabytes(maxBytes)} limit` };
  }
  let bytes: Uint8Array;
  try {
    const read = await readBounded(response, maxBytes);
    if (read === null) return { ok: false, transient: false, message: `too large: over the ${megabytes(maxBytes)} limit` };
    bytes = read;
  } catch (error) {
    return { ok: false, transient: true, message: networkMessage(error, timeoutMs) };
  }
  const decoded = decodePage(bytes, contentType, kind);
  if (!decoded.ok) return { ok: false, transient: false, message: decoded.message };
  return { ok: true, report: { url, finalUrl, kind, text: decoded.text } };
}

/** The body up to `maxBytes`, or null past it (reading stops there: a endless body cannot fill memory). */
async function readBounded(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, length);
}

function networkMessage(error: unknown, timeoutMs: number): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer within ${timeoutMs >= 1000 ? `${(timeoutMs / 1000).toFixed(0)} s` : `${timeoutMs} ms`}`;
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  const detail = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return `cannot fetch (${detail})`;
}

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${bytes} bytes`;
}
