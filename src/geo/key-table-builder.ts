import { PackedKeys } from './packed-keys.ts';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * A set of ASCII keys being built, with dense ids in the order first added: their bytes end to end in a
 * growing buffer and an open-addressing table of ids, so building an index of ~400k keys keeps no Map of
 * strings (each key is hashed and compared where its bytes lie). `packed()` gives the finished table.
 */
export class KeyTableBuilder {
  private bytes: Uint8Array = new Uint8Array(1 << 16);
  private end = 0;
  private starts: Int32Array;
  private slots: Int32Array;
  count = 0;

  /** `expected`: about how many keys will be added, so the table seldom grows. */
  constructor(expected = 1 << 12) {
    let size = 1 << 13;
    while (size < expected * 2) size <<= 1;
    this.starts = new Int32Array(size / 2 + 1);
    this.slots = new Int32Array(size);
  }

  /** The id of `key` (its characters read as bytes), added when new. */
  intern(key: string): number {
    let hash = FNV_OFFSET;
    for (let i = 0; i < key.length; i += 1) hash = Math.imul(hash ^ (key.charCodeAt(i) & 0xff), FNV_PRIME);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (; this.slots[slot] !== 0; slot = (slot + 1) & mask) {
      const id = this.slots[slot]! - 1;
      const from = this.starts[id]!;
      if (this.starts[id + 1]! - from !== key.length) continue;
      let same = true;
      for (let i = 0; i < key.length && same; i += 1) same = this.bytes[from + i] === (key.charCodeAt(i) & 0xff);
      if (same) return id;
    }
    if (this.end + key.length > this.bytes.length) this.bytes = grownBytes(this.bytes, this.end + key.length);
    for (let i = 0; i < key.length; i += 1) this.bytes[this.end + i] = key.charCodeAt(i) & 0xff;
    return this.place(slot, key.length);
  }

  /** The id of the key written as `source[start, end)`, added when new. */
  internBytes(source: Uint8Array, start: number, end: number): number {
    let hash = FNV_OFFSET;
    for (let i = start; i < end; i += 1) hash = Math.imul(hash ^ source[i]!, FNV_PRIME);
    const mask = this.slots.length - 1;
    const length = end - start;
    let slot = hash & mask;
    for (; this.slots[slot] !== 0; slot = (slot + 1) & mask) {
      const id = this.slots[slot]! - 1;
      const from = this.starts[id]!;
      if (this.starts[id + 1]! - from !== length) continue;
      let same = true;
      for (let i = 0; i < length && same; i += 1) same = this.bytes[from + i] === source[start + i];
      if (same) return id;
    }
    if (this.end + length > this.bytes.length) this.bytes = grownBytes(this.bytes, this.end + length);
    for (let i = 0; i < length; i += 1) this.bytes[this.end + i] = source[start + i]!;
    return this.place(slot, length);
  }

  /** Records the key whose bytes were just written at `end` under a new id in `slot`. */
  private place(slot: number, length: number): number {
    const id = this.count;
    if (id + 2 > this.starts.length) {
      const bigger = new Int32Array(this.starts.length * 2);
      bigger.set(this.starts);
      this.starts = bigger;
    }
    this.end += length;
    this.starts[id + 1] = this.end;
    this.slots[slot] = id + 1;
    this.count += 1;
    if (this.count * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.count; id += 1) {
      let hash = FNV_OFFSET;
      for (let i = this.starts[id]!; i < this.starts[id + 1]!; i += 1) hash = Math.imul(hash ^ this.bytes[i]!, FNV_PRIME);
      let slot = hash & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }

  /** Key `id`'s length in bytes. */
  length(id: number): number {
    return this.starts[id + 1]! - this.starts[id]!;
  }

  /** The keys in the order `order` lists their ids (every id once), as a finished table. */
  packed(order?: Int32Array): PackedKeys {
    const starts = new Int32Array(this.count + 1);
    const bytes = new Uint8Array(this.end);
    for (let to = 0; to < this.count; to += 1) {
      const id = order ? order[to]! : to;
      const from = this.starts[id]!;
      const length = this.starts[id + 1]! - from;
      const at = starts[to]!;
      for (let i = 0; i < length; i += 1) bytes[at + i] = this.bytes[from + i]!;
      starts[to + 1] = at + length;
    }
    return PackedKeys.fromBytes(bytes, starts);
  }
}

function grownBytes(bytes: Uint8Array, needed: number): Uint8Array {
  const bigger = new Uint8Array(Math.max(needed, bytes.length * 2));
  bigger.set(bytes);
  return bigger;
}
