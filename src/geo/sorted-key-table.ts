/** Read access to a key -> value table; a Map satisfies it, and so does a sorted table on disk. */
export interface KeyLookup {
  get(key: string): string | undefined;
}

const TAB = 9;
const NEWLINE = 10;

/**
 * Lines `key\tvalue`, sorted by key bytes, searched in place: loading costs one file read and one scan
 * for line starts, with no per-entry objects. Keys must be ASCII (name keys are `[a-z0-9]`).
 */
export class SortedKeyTable implements KeyLookup {
  private readonly starts: Int32Array;

  constructor(private readonly bytes: Buffer) {
    let count = 0;
    for (let at = bytes.indexOf(NEWLINE); at >= 0; at = bytes.indexOf(NEWLINE, at + 1)) count += 1;
    if (bytes.length > 0 && bytes[bytes.length - 1] !== NEWLINE) count += 1;
    this.starts = new Int32Array(count);
    let line = 0;
    let start = 0;
    while (start < bytes.length && line < count) {
      this.starts[line] = start;
      line += 1;
      const end = bytes.indexOf(NEWLINE, start);
      start = end < 0 ? bytes.length : end + 1;
    }
  }

  /** The file content for `entries`, sorted as the search expects. */
  static serialise(entries: Iterable<readonly [string, string]>): string {
    const sorted = [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return sorted.map(([key, value]) => `${key}\t${value}`).join('\n') + '\n';
  }

  get size(): number {
    return this.starts.length;
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

  get(key: string): string | undefined {
    let low = 0;
    let high = this.starts.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = this.compareAt(middle, key);
      if (order === 0) {
        const valueStart = this.starts[middle]! + key.length + 1;
        const end = this.bytes.indexOf(NEWLINE, valueStart);
        return this.bytes.toString('latin1', valueStart, end < 0 ? this.bytes.length : end);
      }
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }
}
