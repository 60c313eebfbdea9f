import { decodeReportBytes, looksBinary } from './decode-bytes.ts';
import type { InputKind } from './input-result.ts';

/**
 * A fetched page's bytes as text, in the charset it declares: a byte order mark first, then the
 * Content-Type header's charset, then a <meta charset> or XML declaration near the top, else UTF-8.
 * UTF-8 goes through the same checks as a file (a bad byte is named by line); other charsets through
 * the platform's decoder, which knows the legacy encodings of the web (windows-1252, windows-1256, ...).
 */
export type DecodedPage = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

// A declaration further down than this is not looked for (HTML requires it within the first 1024 bytes).
const PRESCAN = 1024;

export function decodePage(bytes: Uint8Array, contentType: string, kind: InputKind | null): DecodedPage {
  const charset = bomCharset(bytes) ?? headerCharset(contentType) ?? (kind === 'text' ? null : declaredCharset(bytes)) ?? 'utf-8';
  if (isUtf8(charset)) {
    const decoded = decodeReportBytes(bytes);
    if (decoded.ok) return decoded;
    return { ok: false, message: decoded.line === undefined ? decoded.message : decoded.message.replace('the file', 'the page') };
  }
  if (bytes.length === 0) return { ok: false, message: 'empty page' };
  if (looksBinary(bytes) && !charset.startsWith('utf-16')) return { ok: false, message: 'binary content, not a report' };
  let text: string;
  try {
    text = new TextDecoder(charset).decode(bytes);
  } catch {
    return { ok: false, message: `unknown charset "${charset}"` };
  }
  if (text.trim() === '') return { ok: false, message: 'empty page (only whitespace)' };
  return { ok: true, text };
}

function isUtf8(charset: string): boolean {
  return charset === 'utf-8' || charset === 'utf8' || charset === 'unicode-1-1-utf-8';
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

export function headerCharset(contentType: string): string | null {
  const match = /;\s*charset\s*=\s*"?([A-Za-z0-9._:-]+)"?/i.exec(contentType);
  return match ? match[1]!.toLowerCase() : null;
}

/** <meta charset="x">, <meta http-equiv="Content-Type" content="...; charset=x"> or <?xml ... encoding="x"?>. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN));
  const match = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head) ?? /<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/i.exec(head);
  return match ? match[1]!.toLowerCase() : null;
}
