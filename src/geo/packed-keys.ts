const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * A set of ASCII keys with dense ids, kept as three typed arrays: the keys' bytes end to end, where each
 * starts, and an open-addressing hash table of ids. A look-up hashes the key's characters and compares
 * bytes in place, allocating nothing; a cached index stores the arrays as they are, so loading builds nothing.
 */
export class PackedKeys {
  private readonly mask: number;

  constructor(
    readonly bytes: Uint8Array,
    /** Key `id` is `bytes[starts[id], starts[id + 1])`. */
    readonly starts: Int32Array,
    /** Key id + 1 per slot, 0 for an empty slot; a power of two long. */
    readonly slots: Int32Array,
  ) {
    this.mask = slots.length - 1;
  }

  /** Ids are positions in `keys`; a key listed twice is found at its first id. */
  static build(keys: readonly string[]): PackedKeys {
    const starts = new Int32Array(keys.length + 1);
    for (let id = 0; id < keys.length; id += 1) starts[id + 1] = starts[id]! + keys[id]!.length;
    return PackedKeys.fromBytes(Buffer.from(keys.join(''), 'latin1'), starts);
  }

  /** The table of keys already written end to end: key `id` is `bytes[starts[id], starts[id + 1])`. */
  static fromBytes(bytes: Uint8Array, starts: Int32Array): PackedKeys {
    const count = starts.length - 1;
    let size = 2;
    while (size < count * 2) size <<= 1;
    const table = new PackedKeys(bytes, starts, new Int32Array(size));
    for (let id = 0; id < count; id += 1) table.add(id);
    return table;
  }

  private add(id: number): void {
    const from = this.starts[id]!;
    const to = this.starts[id + 1]!;
    let slot = hashBytes(this.bytes, from, to) & this.mask;
    while (this.slots[slot] !== 0) {
      if (this.sameKey(this.slots[slot]! - 1, this.bytes, from, to)) return;
      slot = (slot + 1) & this.mask;
    }
    this.slots[slot] = id + 1;
  }

  get size(): number {
    return this.starts.length - 1;
  }

  private sameKey(id: number, source: Uint8Array, start: number, end: number): boolean {
    const from = this.starts[id]!;
    if (this.starts[id + 1]! - from !== end - start) return false;
    for (let i = 0; i < end - start; i += 1) if (this.bytes[from + i] !== source[start + i]) return false;
    return true;
  }

  /** The id of `key`, or -1. */
  find(key: string): number {
    let hash = FNV_OFFSET;
    for (let i = 0; i < key.length; i += 1) hash = Math.imul(hash ^ (key.charCodeAt(i) & 0xff), FNV_PRIME);
    const bytes = this.bytes;
    const starts = this.starts;
    for (let slot = hash & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      const id = this.slots[slot]! - 1;
      const from = starts[id]!;
      if (starts[id + 1]! - from !== key.length) continue;
      let same = true;
      for (let i = 0; i < key.length && same; i += 1) same = bytes[from + i] === (key.charCodeAt(i) & 0xff);
      if (same) return id;
    }
    return -1;
  }

  /** The id of the key written as `source[start, end)`, or -1. */
  findBytes(source: Uint8Array, start: number, end: number): number {
    for (let slot = hashBytes(source, start, end) & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      if (this.sameKey(this.slots[slot]! - 1, source, start, end)) return this.slots[slot]! - 1;
    }
    return -1;
  }

  key(id: number): string {
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength).toString('latin1', this.starts[id]!, this.starts[id + 1]!);
  }
}

function hashBytes(source: Uint8Array, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i += 1) hash = Math.imul(hash ^ source[i]!, FNV_PRIME);
  return hash;
}
