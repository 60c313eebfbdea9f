import type { FoundPlaces } from './found-places.ts';
import { KeyTableBuilder } from './key-table-builder.ts';
import type { NameIndex } from './name-index.ts';

// Big enough for every misspelt name of a large batch of reports.
const MEMO_LIMIT = 100_000;

/**
 * The candidates of a name, found the cheapest way: a key the index holds has its ranked list there (so
 * a known name is never remembered: folding it and finding its key is about what a memo look-up of the name
 * would cost, with no entry kept); a key it does not hold is looked for among near spellings once, and
 * its list kept here, as candidate codes in one pool, by the key's bytes. Nothing per name is an object:
 * candidates kept as objects for the life of a memo cost the garbage collector more than the few views
 * made again at each repeat.
 */
export class LookupMemo {
  private misses = new KeyTableBuilder();
  /** Remembered key `k`'s list is `pool[listStart[k], listStart[k] + listLength[k])`. */
  private listStart = new Int32Array(1 << 8);
  private listLength = new Uint8Array(1 << 8);
  private pool = new Int32Array(1 << 8);
  private used = 0;

  constructor(
    private readonly names: NameIndex,
    private readonly limit = MEMO_LIMIT,
  ) {}

  /** The candidates of `name` into `found`, best first. */
  recall(name: string, found: FoundPlaces): void {
    const key = this.names.keyOf(name);
    if (key.length === 0) {
      found.count = 0;
      return;
    }
    const id = this.names.idOf(key);
    if (id >= 0) return this.names.readRanked(id, found);
    const known = this.misses.count;
    const k = this.misses.internBytes(key.bytes, 0, key.length);
    if (k < known) return found.readCodes(this.pool, this.listStart[k]!, this.listLength[k]!);
    this.names.scan(key.bytes, 0, key.length, -1, found);
    this.keep(k, found);
  }

  private keep(k: number, found: FoundPlaces): void {
    if (k + 1 > this.listStart.length) {
      this.listStart = grown(this.listStart, new Int32Array(this.listStart.length * 2));
      this.listLength = grown(this.listLength, new Uint8Array(this.listLength.length * 2));
    }
    if (this.used + found.count > this.pool.length) this.pool = grown(this.pool, new Int32Array(2 * (this.used + found.count)));
    this.listStart[k] = this.used;
    this.listLength[k] = found.count;
    for (let i = 0; i < found.count; i += 1) this.pool[this.used++] = found.code(i);
    if (this.misses.count >= this.limit) {
      this.misses = new KeyTableBuilder();
      this.used = 0;
    }
  }
}

function grown<T extends Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
