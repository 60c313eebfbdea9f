import { open, stat } from 'node:fs/promises';
import { decodeReportBytes, looksBinary } from './decode-bytes.ts';
import { describeFsError, expandPaths } from './expand-paths.ts';
import { readFeedReports } from './feed-input.ts';
import { readHtmlReport } from './html-input.ts';
import { guessInputKind } from './input-kind.ts';
import type { InputDefaults, InputError, InputKind, InputOptions, InputResult } from './input-result.ts';
import { readJsonlReports } from './jsonl-input.ts';
import { parsePublished } from './published-date.ts';
import { readTextReport } from './text-input.ts';

export type { InputDocument, InputError, InputKind, InputOptions, InputResult } from './input-result.ts';

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/**
 * Reads files and directories into documents, one result per document or per problem, in order.
 * Async so that a server or worker can read while doing other work; the CLI loops with `for await`.
 * Never throws for bad input: an unreadable file or line is an `{ ok: false }` result and reading goes on.
 * A bad `--published` is reported once (file "--published") and nothing is read.
 */
export async function* readInputs(paths: readonly string[], opts: InputOptions = {}): AsyncGenerator<InputResult> {
  const defaults = inputDefaults(opts);
  if (!defaults.ok) {
    yield defaults.error;
    return;
  }
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  for await (const path of expandPaths(paths)) {
    if (!path.ok) {
      yield path;
      continue;
    }
    const read = await readFileBounded(path.file, maxBytes);
    if (!read.ok) {
      yield { ok: false, file: path.file, message: read.message };
      continue;
    }
    yield* readChecked(read.bytes, path.file, opts.input ?? 'auto', defaults.value);
  }
}

/**
 * The same reading for bytes that did not come from a file (an HTTP upload, a queue message); `name` stands
 * in for the file name in ids and messages. Synchronous: the bytes are already in memory.
 */
export function* readInputBytes(bytes: Uint8Array, name: string, opts: InputOptions = {}): Generator<InputResult> {
  const defaults = inputDefaults(opts);
  if (!defaults.ok) {
    yield defaults.error;
    return;
  }
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    yield { ok: false, file: name, message: `too large: ${formatMb(bytes.length)}, over the ${formatMb(maxBytes)} limit` };
    return;
  }
  yield* readChecked(bytes, name, opts.input ?? 'auto', defaults.value);
}

type CheckedDefaults = { readonly ok: true; readonly value: InputDefaults } | { readonly ok: false; readonly error: InputError };

function inputDefaults(opts: InputOptions): CheckedDefaults {
  const published = parsePublished(opts.published, '--published');
  if (!published.ok) return { ok: false, error: { ok: false, file: '--published', message: published.message } };
  return { ok: true, value: { published: published.value, source: opts.source?.trim() || null } };
}

function* readChecked(bytes: Uint8Array, file: string, input: InputKind | 'auto', defaults: InputDefaults): Generator<InputResult> {
  const kind = input === 'auto' ? guessInputKind(file, new TextDecoder().decode(bytes.subarray(0, 1024))) : input;
  if (kind === 'jsonl') {
    if (bytes.length === 0) yield { ok: false, file, message: 'empty file' };
    else if (looksBinary(bytes)) yield { ok: false, file, message: 'binary file, not a report' };
    else yield* readJsonlReports(bytes, file, defaults);
    return;
  }
  const decoded = decodeReportBytes(bytes);
  if (!decoded.ok) {
    yield decoded.line === undefined ? { ok: false, file, message: decoded.message } : { ok: false, file, line: decoded.line, message: decoded.message };
    return;
  }
  if (kind === 'rss') yield* readFeedReports(decoded.text, file, defaults);
  else yield kind === 'html' ? readHtmlReport(decoded.text, file, defaults) : readTextReport(decoded.text, file, defaults);
}

type Bounded = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly message: string };

/**
 * Reads a regular file no larger than `maxBytes`. The size is checked before reading, and the read
 * itself stops at the limit, so a file that grows meanwhile (or a device such as /dev/zero) cannot hang us.
 */
async function readFileBounded(file: string, maxBytes: number): Promise<Bounded> {
  let handle;
  try {
    // Checked before opening: opening a named pipe for reading would wait for a writer forever.
    const before = await stat(file);
    if (before.isDirectory()) return { ok: false, message: 'is a directory' };
    if (!before.isFile()) return { ok: false, message: 'not a regular file' };
    handle = await open(file, 'r');
  } catch (error) {
    return { ok: false, message: describeFsError(error) };
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return { ok: false, message: 'is a directory' };
    if (!info.isFile()) return { ok: false, message: 'not a regular file' };
    if (info.size > maxBytes) return { ok: false, message: `file too large: ${formatMb(info.size)}, over the ${formatMb(maxBytes)} limit` };
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return { ok: false, message: `file too large: over the ${formatMb(maxBytes)} limit` };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { ok: false, message: describeFsError(error) };
  } finally {
    await handle.close();
  }
}

function formatMb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
