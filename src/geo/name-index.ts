import { KeyDistance } from './key-distance.ts';
import { buildNameIndex, MIN_SKELETON } from './name-index-build.ts';
import { KeyBytes } from './key-folding.ts';
import { keyTolerance, placeKeyInto, skeletonInto } from './place-key.ts';
import { PackedKeys } from './packed-keys.ts';
import type { IndexFile, Section } from './index-file.ts';

/** Candidates per name: more are never weighed. */
export const MATCH_LIMIT = 10;

/**
 * The candidates of one look-up, in flat arrays reused from one look-up to the next: the index allocates
 * nothing per name. `weight` is in hundredths (rank plus the own-name bonus, fixed when the index is built).
 */
export class FoundPlaces {
  count = 0;
  readonly index = new Int32Array(MATCH_LIMIT);
  readonly distance = new Int32Array(MATCH_LIMIT);
  readonly primary = new Uint8Array(MATCH_LIMIT);
  readonly weight = new Int32Array(MATCH_LIMIT);
}

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
export const NAME_INDEX_SECTIONS = 10;

/**
 * Normalised name key -> place entries (best first, each with its own-name flag and weight, fixed when the
 * index is built), plus first letter and consonant skeleton -> keys for the spelling-tolerant fallback.
 * Keys are numbered group by group, so a group's keys, their bytes and their entries lie side by side.
 * Everything is typed arrays, written to the cache as they are and used where they lie after a load.
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
  ) {}

  /** See `buildNameIndex`. */
  static build(count: number, namesOf: (index: number) => readonly string[], rank: (index: number) => number): NameIndex {
    const p = buildNameIndex(count, namesOf, rank);
    return new NameIndex(p.keys, p.postStart, p.postings, p.keyGroup, p.groups, p.groupStart);
  }

  /** The index's arrays, in the order `fromFile` reads them. */
  sections(): Section[] {
    const k = this.keys;
    const g = this.groups;
    return [k.bytes, k.starts, k.slots, this.postStart, this.postings, this.keyGroup, g.bytes, g.starts, g.slots, this.groupStart];
  }

  /** The index written by `sections()`, from sections `first` on. */
  static fromFile(file: IndexFile, first: number): NameIndex {
    const s = (i: number): Int32Array => file.int32(first + i);
    return new NameIndex(new PackedKeys(file.bytes(first), s(1), s(2)), s(3), s(4), s(5), new PackedKeys(file.bytes(first + 6), s(7), s(8)), s(9));
  }

  /** Places named `name` into `found`: same key first (in rank order), then similar keys by edit distance. */
  collect(name: string, found: FoundPlaces): void {
    found.count = 0;
    const key = lookupKey(name);
    const length = key.length;
    if (length === 0) return;
    const id = this.keys.findBytes(key.bytes, 0, length);
    if (id >= 0) this.readPosting(id, 0, found);
    if (found.count >= MATCH_LIMIT) return;
    const group = id >= 0 ? this.keyGroup[id]! : this.groupOf(key);
    if (group < 0) return;
    // The group's keys are compared where they lie in the key bytes, side by side; none becomes a string.
    const bytes = this.keys.bytes;
    const starts = this.keys.starts;
    const tolerance = keyTolerance(length);
    measure.resetBytes(key.bytes, 0, length);
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
    for (let distance = 1; distance <= tolerance && found.count < MATCH_LIMIT; distance += 1) {
      for (let k = 0; k < count && found.count < MATCH_LIMIT; k += 1) {
        if (near[k * 2 + 1] === distance) this.readPosting(near[k * 2]!, distance, found);
      }
    }
  }

  /** The group of a key the index does not hold, found by its name built in bytes; -1 for none. */
  private groupOf(key: KeyBytes): number {
    if (groupName.length <= key.length) groupName = new Uint8Array(key.length * 2);
    groupName[0] = key.bytes[0]!;
    const end = skeletonInto(key.bytes, 0, key.length, groupName, 1);
    return end - 1 < MIN_SKELETON ? -1 : this.groups.findBytes(groupName, 0, end);
  }

  /** One key's places into `found`; a place already there (found under a nearer key) is skipped. */
  private readPosting(id: number, distance: number, found: FoundPlaces): void {
    const postings = this.postings;
    const end = this.postStart[id + 1]!;
    for (let p = this.postStart[id]!; p < end && found.count < MATCH_LIMIT; p += 1) {
      const code = postings[2 * p]!;
      const index = code >>> 1;
      let seen = false;
      for (let k = 0; k < found.count && !seen; k += 1) seen = found.index[k] === index;
      if (seen) continue;
      const at = found.count;
      found.index[at] = index;
      found.distance[at] = distance;
      found.primary[at] = code & 1;
      found.weight[at] = postings[2 * p + 1]!;
      found.count += 1;
    }
  }
}

function grown(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
