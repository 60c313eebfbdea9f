import { KeyDistance } from './key-distance.ts';
import { KeyBytes } from './key-folding.ts';
import { FoundPlaces } from './found-places.ts';
import { buildNameIndex, MIN_SKELETON } from './name-index-build.ts';
import { keyTolerance, placeKeyInto, skeletonInto } from './place-key.ts';
import { PackedKeys } from './packed-keys.ts';
import type { IndexFile, Section } from './index-file.ts';

// One prepared comparer for every look-up: look-ups run one at a time.
const measure = new KeyDistance('');
// The group name of one look-up (first letter and skeleton), written as bytes.
let groupName = new Uint8Array(64);
// The last name's key, as bytes: a merged gazetteer asks its two indexes for one name in a row.
let lastName: string | null = null;
const lastKey = new KeyBytes();
function lookupKey(name: string): KeyBytes {
  if (name !== lastName) {
    placeKeyInto(name, lastKey);
    lastName = name;
  }
  return lastKey;
}
// The near keys of one look-up, as [key id, distance] pairs.
let near: Int32Array = new Int32Array(64);
/** How many sections an index writes, for containers that hold other sections after it. */
export const NAME_INDEX_SECTIONS = 12;
const NO_CANDIDATES = new Int32Array(1);

/**
 * Normalised name key -> place entries (best first, each with its own-name flag and weight, fixed when the
 * index is built), plus first letter and consonant skeleton -> keys for the spelling-tolerant fallback.
 * Keys are numbered group by group, so a group's keys, their bytes and their entries lie side by side.
 * Each key's ranked candidates (its places, then those of near spellings) are found once, when the index is
 * built: a name whose key the index holds is answered by reading one short list. Everything is typed
 * arrays, written to the cache as they are and used where they lie after a load.
 */
export class NameIndex {
  constructor(
    private readonly keys: PackedKeys,
    /** Key `id`'s entries are `postings[2 * postStart[id], 2 * postStart[id + 1])`: pairs of code and weight. */
    private readonly postStart: Int32Array,
    /** Per entry its code (place index * 2 + own-name flag) and its weight in hundredths. */
    private readonly postings: Int32Array,
    /** Key `id`'s group, -1 for a key whose skeleton is too short to group by. */
    private readonly keyGroup: Int32Array,
    private readonly groups: PackedKeys,
    /** Group `g`'s keys are the ids `[groupStart[g], groupStart[g + 1])`, in the order they were first seen. */
    private readonly groupStart: Int32Array,
    /** Key `id`'s ranked candidates are `ranked[rankedStart[id], rankedStart[id + 1])`; empty until built. */
    private readonly rankedStart: Int32Array = NO_CANDIDATES,
    private readonly ranked: Int32Array = NO_CANDIDATES.subarray(1),
  ) {}

  /** See `buildNameIndex`; then every key's candidates, ranked as a look-up of that key ranks them. */
  static build(count: number, namesOf: (index: number) => readonly string[], rank: (index: number) => number): NameIndex {
    const p = buildNameIndex(count, namesOf, rank);
    const unranked = new NameIndex(p.keys, p.postStart, p.postings, p.keyGroup, p.groups, p.groupStart);
    const [rankedStart, ranked] = unranked.rankEveryKey();
    return new NameIndex(p.keys, p.postStart, p.postings, p.keyGroup, p.groups, p.groupStart, rankedStart, ranked);
  }

  /** The index's arrays, in the order `fromFile` reads them. */
  sections(): Section[] {
    const k = this.keys;
    const g = this.groups;
    return [k.bytes, k.starts, k.slots, this.postStart, this.postings, this.keyGroup, g.bytes, g.starts, g.slots, this.groupStart, this.rankedStart, this.ranked];
  }

  /** The index written by `sections()`, from sections `first` on. */
  static fromFile(file: IndexFile, first: number): NameIndex {
    const s = (i: number): Int32Array => file.int32(first + i);
    return new NameIndex(new PackedKeys(file.bytes(first), s(1), s(2)), s(3), s(4), s(5), new PackedKeys(file.bytes(first + 6), s(7), s(8)), s(9), s(10), s(11));
  }

  /**
   * Places named `name` into `found`, best first: same key first (in rank order), then similar keys by edit
   * distance. Returns the id of the name's key when the index holds it (`readRanked` gives the same list
   * again from the id alone), else -1.
   */
  collect(name: string, found: FoundPlaces): number {
    found.count = 0;
    const key = this.keyOf(name);
    if (key.length === 0) return -1;
    const id = this.idOf(key);
    if (id >= 0) this.readRanked(id, found);
    else this.scan(key.bytes, 0, key.length, -1, found);
    return id;
  }

  /** The key of `name`, folded into bytes shared by every index (valid until the next name is folded). */
  keyOf(name: string): KeyBytes {
    return lookupKey(name);
  }

  /** The id of a key, -1 for a key the index does not hold. */
  idOf(key: KeyBytes): number {
    return this.keys.findBytes(key.bytes, 0, key.length);
  }

  /** A known key's candidates, as ranked when the index was built. */
  readRanked(id: number, found: FoundPlaces): void {
    const from = this.rankedStart[id]!;
    found.readCodes(this.ranked, from, this.rankedStart[id + 1]! - from);
  }

  /** Every key's candidates ranked, as `[rankedStart, ranked]`. */
  private rankEveryKey(): [Int32Array, Int32Array] {
    const keyCount = this.keys.size;
    const rankedStart = new Int32Array(keyCount + 1);
    let ranked: Int32Array = new Int32Array(keyCount * 2);
    const found = new FoundPlaces();
    let at = 0;
    for (let id = 0; id < keyCount; id += 1) {
      rankedStart[id] = at;
      this.scan(this.keys.bytes, this.keys.starts[id]!, this.keys.starts[id + 1]!, id, found);
      if (at + found.count > ranked.length) ranked = grown(ranked);
      for (let k = 0; k < found.count; k += 1) ranked[at++] = found.code(k);
    }
    rankedStart[keyCount] = at;
    return [rankedStart, ranked.slice(0, at)];
  }

  /**
   * The candidates of the key `source[start, end)` (whose id is `id`, -1 for a key the index does not hold)
   * into `found`, ranked: the key's own places, then the places of keys in its group within the tolerance.
   */
  scan(source: Uint8Array, start: number, end: number, id: number, found: FoundPlaces): void {
    found.count = 0;
    if (id >= 0) this.readPosting(id, 0, found);
    const group = found.full ? -1 : id >= 0 ? this.keyGroup[id]! : this.groupOf(source, start, end);
    if (group >= 0) this.nearKeys(source, start, end, group, found);
    found.rank();
  }

  private nearKeys(source: Uint8Array, start: number, end: number, group: number, found: FoundPlaces): void {
    // The group's keys are compared where they lie in the key bytes, side by side; none becomes a string.
    const length = end - start;
    const bytes = this.keys.bytes;
    const starts = this.keys.starts;
    const tolerance = keyTolerance(length);
    measure.resetBytes(source, start, end);
    let count = 0;
    const last = this.groupStart[group + 1]!;
    for (let other = this.groupStart[group]!; other < last; other += 1) {
      const from = starts[other]!;
      const to = starts[other + 1]!;
      if (Math.abs(to - from - length) > tolerance) continue;
      const distance = measure.toBytes(bytes, from, to, tolerance);
      if (distance > 0 && distance <= tolerance) {
        if (count * 2 + 2 > near.length) near = grown(near);
        near[count * 2] = other;
        near[count * 2 + 1] = distance;
        count += 1;
      }
    }
    // Nearer spellings first; within one distance, in the group's order.
    for (let distance = 1; distance <= tolerance && !found.full; distance += 1) {
      for (let k = 0; k < count && !found.full; k += 1) {
        if (near[k * 2 + 1] === distance) this.readPosting(near[k * 2]!, distance, found);
      }
    }
  }

  /** The group of a key the index does not hold, found by its name built in bytes; -1 for none. */
  private groupOf(source: Uint8Array, start: number, end: number): number {
    if (groupName.length <= end - start) groupName = new Uint8Array((end - start) * 2);
    groupName[0] = source[start]!;
    const last = skeletonInto(source, start, end, groupName, 1);
    return last - 1 < MIN_SKELETON ? -1 : this.groups.findBytes(groupName, 0, last);
  }

  /** One key's places into `found`; a place already there (found under a nearer key) is skipped. */
  private readPosting(id: number, distance: number, found: FoundPlaces): void {
    const postings = this.postings;
    const end = this.postStart[id + 1]!;
    for (let p = this.postStart[id]!; p < end && !found.full; p += 1) {
      const code = postings[2 * p]!;
      found.add(code >>> 1, distance, code & 1, postings[2 * p + 1]!);
    }
  }
}

function grown(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
