/**
 * Bytes -> text, refusing what is not a report: empty files, binary files, invalid UTF-8.
 * Every check is one linear pass (or a bounded sample), so hostile files cost no more than reading them.
 */
export type Decoded =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly message: string; readonly line?: number };

// Binary sniffing looks at a sample: enough to catch images and archives, cheap on a 64 MB text file.
const SAMPLE = 64 * 1024;
const MAX_CONTROL_SHARE = 0.1;

export function decodeReportBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, message: 'empty file' };
  const utf16 = utf16Encoding(bytes);
  if (utf16 !== null) return decodeUtf16(bytes, utf16);
  if (looksBinary(bytes)) return { ok: false, message: 'binary file, not a report' };
  const start = hasUtf8Bom(bytes) ? 3 : 0;
  const body = bytes.subarray(start);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const offset = firstInvalidUtf8(body) + start;
    const line = lineAt(bytes, offset);
    return { ok: false, line, message: `invalid UTF-8 at byte ${offset} (line ${line}); save the file as UTF-8` };
  }
  if (text.trim() === '') return { ok: false, message: 'empty file (only whitespace)' };
  return { ok: true, text };
}

/** True for NUL bytes anywhere (one native scan) or a high share of control characters in the sample. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.indexOf(0) !== -1) return true;
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i += 1) {
    const b = bytes[i]!;
    // Tab, LF, VT, FF, CR and ESC occur in real text files (ESC in terminal logs); the rest do not.
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) {
      control += 1;
    }
  }
  return n > 0 && control / n > MAX_CONTROL_SHARE;
}

/** Byte offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const [length, low, high] = leadByteRule(b);
    if (length === 0 || i + length > bytes.length) return i;
    const second = bytes[i + 1]!;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k += 1) {
      const c = bytes[i + k]!;
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

/** Sequence length and the allowed range of the second byte (RFC 3629 table; excludes overlongs, surrogates). */
function leadByteRule(b: number): readonly [number, number, number] {
  if (b >= 0xc2 && b <= 0xdf) return [2, 0x80, 0xbf];
  if (b === 0xe0) return [3, 0xa0, 0xbf];
  if (b === 0xed) return [3, 0x80, 0x9f];
  if (b >= 0xe1 && b <= 0xef) return [3, 0x80, 0xbf];
  if (b === 0xf0) return [4, 0x90, 0xbf];
  if (b >= 0xf1 && b <= 0xf3) return [4, 0x80, 0xbf];
  if (b === 0xf4) return [4, 0x80, 0x8f];
  return [0, 0, 0];
}

/** 1-based line number of a byte offset. */
export function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) line += 1;
  return line;
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

// Word and some Windows tools save "Unicode text" as UTF-16 with a byte order mark; it is text, not binary.
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  let text: string;
  try {
    // The decoder drops the byte order mark itself.
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: `invalid ${encoding.toUpperCase()} text (file starts with a ${encoding} byte order mark)` };
  }
  if (text.trim() === '') return { ok: false, message: 'empty file (only whitespace)' };
  if (text.includes('\u0000')) return { ok: false, message: 'binary file, not a report' };
  return { ok: true, text };
}
