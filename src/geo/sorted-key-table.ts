/** Read access to a key -> value table; a Map satisfies it, and so does a sorted table on disk. */
export interface KeyLookup {
  get(key: string): string | undefined;
}

const TAB = 9;
const NEWLINE = 10;
// Keys are bucketed by their first three characters, each read as one of 37 codes: none (the key is
// shorter), a digit, a letter. The codes follow byte order, so buckets are consecutive runs of lines.
const PREFIX = 3;
const RADIX = 37;
const BUCKETS = RADIX ** PREFIX;

/** 0 for the end of the key, 1-10 for digits, 11-36 for letters, -1 for anything else. */
function charCode37(c: number): number {
  if (c >= 48 && c <= 57) return c - 47;
  if (c >= 97 && c <= 122) return c - 86;
  return -1;
}

/**
 * Lines `key\tvalue`, sorted by key bytes, searched in place: loading costs one file read and one scan
 * for line starts, with no per-entry objects. A table of where each three-character prefix starts
 * narrows a search to a few lines. Keys must be ASCII (name keys are `[a-z0-9]`).
 */
export class SortedKeyTable implements KeyLookup {
  private readonly starts: Int32Array;
  /** `buckets[p]` is the first line whose key's prefix code is at least `p`; null when a key is outside `[a-z0-9]` or out of order. */
  private readonly buckets: Int32Array | null;

  constructor(private readonly bytes: Buffer) {
    let count = 0;
    for (let at = bytes.indexOf(NEWLINE); at >= 0; at = bytes.indexOf(NEWLINE, at + 1)) count += 1;
    if (bytes.length > 0 && bytes[bytes.length - 1] !== NEWLINE) count += 1;
    this.starts = new Int32Array(count);
    const buckets = new Int32Array(BUCKETS + 1);
    let filled = 0;
    let line = 0;
    let start = 0;
    while (start < bytes.length && line < count) {
      this.starts[line] = start;
      const code = this.prefixAt(start);
      if (code < filled - 1) filled = -1;
      if (filled < 0) break;
      while (filled <= code) buckets[filled++] = line;
      line += 1;
      const end = bytes.indexOf(NEWLINE, start);
      start = end < 0 ? bytes.length : end + 1;
    }
    while (start < bytes.length && line < count) {
      this.starts[line] = start;
      line += 1;
      const end = bytes.indexOf(NEWLINE, start);
      start = end < 0 ? bytes.length : end + 1;
    }
    if (filled >= 0) while (filled <= BUCKETS) buckets[filled++] = count;
    this.buckets = filled >= 0 ? buckets : null;
  }

  /** The file content for `entries`, sorted as the search expects. */
  static serialise(entries: Iterable<readonly [string, string]>): string {
    // Keys are ASCII, so the default (UTF-16 code unit) order is byte order; lines sort as their keys do
    // because a tab sorts before every key character.
    const lines: string[] = [];
    for (const [key, value] of entries) lines.push(`${key}\t${value}`);
    lines.sort();
    return lines.join('\n') + '\n';
  }

  get size(): number {
    return this.starts.length;
  }

  // The prefix code of the key on the line starting at `at`; -2 marks a key outside `[a-z0-9]`, which
  // turns the prefix table off (it would otherwise send a search to the wrong lines).
  private prefixAt(at: number): number {
    let code = 0;
    let ended = false;
    for (let i = 0; i < PREFIX; i += 1) {
      const byte = ended ? TAB : this.bytes[at + i]!;
      if (byte === TAB || byte === NEWLINE || byte === undefined) ended = true;
      const digit = ended ? 0 : charCode37(byte);
      if (digit < 0) return -2;
      code = code * RADIX + digit;
    }
    return code;
  }

  // Where a line's text ends: before the next line's start, or at the end of the file.
  private lineEnd(line: number): number {
    if (line + 1 < this.starts.length) return this.starts[line + 1]! - 1;
    const length = this.bytes.length;
    return length > 0 && this.bytes[length - 1] === NEWLINE ? length - 1 : length;
  }

  // Negative when the line's key sorts before `key`, zero when equal.
  private compareAt(line: number, key: string): number {
    const bytes = this.bytes;
    let at = this.starts[line]!;
    for (let i = 0; i < key.length; i += 1, at += 1) {
      const byte = bytes[at]!;
      if (byte === TAB) return -1;
      const diff = byte - key.charCodeAt(i);
      if (diff !== 0) return diff;
    }
    return bytes[at] === TAB ? 0 : 1;
  }

  /** The first line a key can be on: its prefix's bucket; -1 when the key is not a plain name key. */
  private bucketOf(key: string): number {
    if (this.buckets === null) return -1;
    let code = 0;
    for (let i = 0; i < PREFIX; i += 1) {
      const digit = i < key.length ? charCode37(key.charCodeAt(i)) : 0;
      if (digit < 0) return -1;
      code = code * RADIX + digit;
    }
    return code;
  }

  get(key: string): string | undefined {
    const bucket = this.bucketOf(key);
    // Outside the buckets' alphabet, or with no buckets, every line is searched.
    let low = bucket < 0 ? 0 : this.buckets![bucket]!;
    let high = bucket < 0 ? this.starts.length - 1 : this.buckets![bucket + 1]! - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = this.compareAt(middle, key);
      if (order === 0) {
        const valueStart = this.starts[middle]! + key.length + 1;
        return this.bytes.toString('latin1', valueStart, this.lineEnd(middle));
      }
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }
}
