import { SortedKeyTable, type KeyLookup } from './sorted-key-table.ts';

const TAB = 9;
const NEWLINE = 10;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * The lines `key\tvalue` of a key table (the cache format `SortedKeyTable` writes), found by a hash of
 * the key kept in typed arrays: a look-up hashes the key's characters, compares bytes in place and
 * allocates nothing; a value is read where it lies (`valueStart`/`valueEnd` into `bytes`) or, when asked
 * for, as a string. Keys are ASCII, as name keys are.
 */
export class HashedKeyTable implements KeyLookup {
  private readonly keyStarts: Int32Array;
  private readonly valueStarts: Int32Array;
  private readonly valueEnds: Int32Array;
  /** Line number + 1 per slot, 0 for an empty slot; open addressing, probed one slot at a time. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(readonly bytes: Buffer) {
    let count = 0;
    for (let at = bytes.indexOf(NEWLINE); at >= 0; at = bytes.indexOf(NEWLINE, at + 1)) count += 1;
    if (bytes.length > 0 && bytes[bytes.length - 1] !== NEWLINE) count += 1;
    this.keyStarts = new Int32Array(count);
    this.valueStarts = new Int32Array(count);
    this.valueEnds = new Int32Array(count);
    let size = 1;
    while (size < count * 2) size <<= 1;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    let at = 0;
    for (let line = 0; line < count; line += 1) {
      this.keyStarts[line] = at;
      let hash = FNV_OFFSET;
      while (at < bytes.length && bytes[at] !== TAB && bytes[at] !== NEWLINE) hash = Math.imul(hash ^ bytes[at++]!, FNV_PRIME);
      const tab = at;
      if (at < bytes.length && bytes[at] === TAB) at += 1;
      this.valueStarts[line] = at;
      while (at < bytes.length && bytes[at] !== NEWLINE) at += 1;
      this.valueEnds[line] = at;
      at += 1;
      // A key written twice keeps its first line, as a search of the sorted lines would find.
      let slot = hash & this.mask;
      while (this.slots[slot] !== 0 && !this.sameKey(this.slots[slot]! - 1, bytes, this.keyStarts[line]!, tab)) slot = (slot + 1) & this.mask;
      if (this.slots[slot] === 0) this.slots[slot] = line + 1;
    }
  }

  /** A table over `[key, value]` pairs, laid out as the cache file is. */
  static fromEntries(entries: Iterable<readonly [string, string]>): HashedKeyTable {
    return new HashedKeyTable(Buffer.from(SortedKeyTable.serialise(entries), 'latin1'));
  }

  get size(): number {
    return this.keyStarts.length;
  }

  private keyEnd(line: number): number {
    return this.valueStarts[line]! - 1;
  }

  private sameKey(line: number, source: Uint8Array, start: number, end: number): boolean {
    const from = this.keyStarts[line]!;
    if (this.keyEnd(line) - from !== end - start) return false;
    for (let i = 0; i < end - start; i += 1) if (this.bytes[from + i] !== source[start + i]) return false;
    return true;
  }

  /** The line holding `key`, or -1. */
  find(key: string): number {
    let hash = FNV_OFFSET;
    for (let i = 0; i < key.length; i += 1) hash = Math.imul(hash ^ (key.charCodeAt(i) & 0xff), FNV_PRIME);
    const bytes = this.bytes;
    for (let slot = hash & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      const line = this.slots[slot]! - 1;
      const from = this.keyStarts[line]!;
      if (this.keyEnd(line) - from !== key.length) continue;
      let same = true;
      for (let i = 0; i < key.length && same; i += 1) same = bytes[from + i] === key.charCodeAt(i);
      if (same) return line;
    }
    return -1;
  }

  /** The line whose key is the bytes `source[start, end)` (a key read from another table), or -1. */
  findBytes(source: Uint8Array, start: number, end: number): number {
    let hash = FNV_OFFSET;
    for (let i = start; i < end; i += 1) hash = Math.imul(hash ^ source[i]!, FNV_PRIME);
    for (let slot = hash & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      if (this.sameKey(this.slots[slot]! - 1, source, start, end)) return this.slots[slot]! - 1;
    }
    return -1;
  }

  valueStart(line: number): number {
    return this.valueStarts[line]!;
  }

  valueEnd(line: number): number {
    return this.valueEnds[line]!;
  }

  get(key: string): string | undefined {
    const line = this.find(key);
    return line < 0 ? undefined : this.bytes.toString('latin1', this.valueStarts[line]!, this.valueEnds[line]!);
  }

  /** The table as `[key, value]` pairs, in file order. */
  *entries(): Generator<[string, string]> {
    for (let line = 0; line < this.size; line += 1) {
      yield [this.bytes.toString('latin1', this.keyStarts[line]!, this.keyEnd(line)), this.bytes.toString('latin1', this.valueStarts[line]!, this.valueEnds[line]!)];
    }
  }
}
