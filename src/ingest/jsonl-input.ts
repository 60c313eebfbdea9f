import { buildDocument } from './build-document.ts';
import { firstInvalidUtf8 } from './decode-bytes.ts';
import type { InputDefaults, InputResult } from './input-result.ts';
import { parsePublished } from './published-date.ts';

/**
 * One document per line: {"id","text","published","source","title","url"}. Lines are decoded and parsed
 * one at a time, so a broken line (bad JSON, bad UTF-8, a bad field) is reported with its number and
 * the good lines around it are still read.
 */
export function* readJsonlReports(bytes: Uint8Array, file: string, defaults: InputDefaults): Generator<InputResult> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let read = 0;
  let good = 0;
  for (let line = 1; start < bytes.length; line += 1) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    const lineBytes = bytes.subarray(start, end);
    const lineStart = start;
    start = end + 1;
    let text: string;
    try {
      text = decoder.decode(lineBytes);
    } catch {
      const offset = lineStart + firstInvalidUtf8(lineBytes);
      yield { ok: false, file, line, message: `invalid UTF-8 at byte ${offset}` };
      continue;
    }
    if (text.trim() === '') continue;
    read += 1;
    const result = readJsonlLine(text, file, line, defaults);
    if (result.ok) good += 1;
    yield result;
    if (good === 0 && read >= GIVE_UP_AFTER) {
      yield { ok: false, file, message: `not JSON Lines: none of the first ${GIVE_UP_AFTER} lines is a document; stopped reading` };
      return;
    }
  }
  if (read === 0) yield { ok: false, file, message: 'empty file (no JSON lines)' };
}

// A file with this many broken lines and no good one is not JSON Lines at all: one message, not thousands.
const GIVE_UP_AFTER = 20;
const STRING_FIELDS = ['source', 'title', 'url'] as const;

export function readJsonlLine(text: string, file: string, line: number, defaults: InputDefaults): InputResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, file, line, message: `invalid JSON: ${(error as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, file, line, message: 'expected a JSON object with a "text" field' };
  }
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') return { ok: false, file, line, message: '"text": missing or not a string' };
  if (record.text.trim() === '') return { ok: false, file, line, message: '"text": empty' };
  const id = record.id;
  if (id !== undefined && id !== null && !(typeof id === 'string' && id !== '') && typeof id !== 'number') {
    return { ok: false, file, line, message: '"id": expected a non-empty string' };
  }
  for (const field of STRING_FIELDS) {
    const v = record[field];
    if (v !== undefined && v !== null && typeof v !== 'string') return { ok: false, file, line, message: `"${field}": expected a string` };
  }
  const published = parsePublished(record.published, '"published"');
  if (!published.ok) return { ok: false, file, line, message: published.message };
  return buildDocument(
    {
      text: record.text,
      id: id === undefined || id === null ? null : String(id),
      published: published.value,
      source: optionalString(record.source),
      title: optionalString(record.title),
      url: optionalString(record.url),
      line,
    },
    file,
    defaults,
  );
}

function optionalString(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}
