import { type FoundPlaces, MATCH_LIMIT } from './found-places.ts';
import type { NameIndex } from './name-index.ts';

// Big enough for every distinct name of a large batch of reports; an entry is one number.
const MEMO_LIMIT = 100_000;
// A remembered list is its position in the pool and its length, in one number (a list holds at most 15).
const LENGTH_BITS = 4;

/**
 * The names a gazetteer was asked for, each with its candidates as numbers: the id of its key where the
 * index holds the key (whose ranked list the index keeps), else the candidate codes of the list found by
 * near spellings, written end to end in one pool. Nothing per name is an object: candidates kept as objects
 * for the life of the memo cost the garbage collector more than the few made again at each repeat.
 */
export class LookupMemo {
  private readonly entries = new Map<string, number>();
  private pool = new Int32Array(1 << 8);
  private used = 0;

  constructor(
    private readonly names: NameIndex,
    private readonly limit = MEMO_LIMIT,
  ) {
    if (MATCH_LIMIT >= 1 << LENGTH_BITS) throw new RangeError('a remembered list is longer than its length field holds');
  }

  /** The candidates of `name` into `found`, remembered or found now (and then remembered). */
  recall(name: string, found: FoundPlaces): void {
    const known = this.entries.get(name);
    if (known === undefined) this.remember(name, this.names.collect(name, found), found);
    else if ((known & 1) === 0) this.names.readRanked(known >>> 1, found);
    else {
      const list = known >>> 1;
      found.readCodes(this.pool, list >>> LENGTH_BITS, list & ((1 << LENGTH_BITS) - 1));
    }
  }

  private remember(name: string, id: number, found: FoundPlaces): void {
    if (this.entries.size >= this.limit) {
      this.entries.clear();
      this.used = 0;
    }
    if (id >= 0) {
      this.entries.set(name, id * 2);
      return;
    }
    if (this.used + found.count > this.pool.length) {
      const bigger = new Int32Array(this.pool.length * 2);
      bigger.set(this.pool.subarray(0, this.used));
      this.pool = bigger;
    }
    const at = this.used;
    for (let k = 0; k < found.count; k += 1) this.pool[this.used++] = found.code(k);
    this.entries.set(name, ((at << LENGTH_BITS) | found.count) * 2 + 1);
  }
}
