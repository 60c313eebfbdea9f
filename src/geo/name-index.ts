import { KeyDistance } from './key-distance.ts';
import { freshPlaceKey, keyTolerance, skeletonInto, skeletonKey } from './place-key.ts';
import { PackedKeys } from './packed-keys.ts';
import type { IndexFile, Section } from './index-file.ts';

/** A skeleton shorter than this would join too many unrelated names ("Hama" has skeleton "m"). */
const MIN_SKELETON = 3;
/** Candidates per name: more are never weighed. */
export const MATCH_LIMIT = 10;

/**
 * Keys are grouped by first letter and consonant skeleton: transliterations differ in vowels and endings,
 * rarely in the first letter, and the groups stay small enough to compare one by one.
 */
function skeletonSlot(key: string, skeleton: string): string {
  return key[0] + skeleton;
}

// A place's own name outweighs another place's alternate spelling: "Nis" is Niš before it is Nice.
const PRIMARY_BONUS = 2;
// Weights are stored as integers in hundredths.
const WEIGHT_SCALE = 100;

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
// The last name's key: a merged gazetteer asks its two indexes for one name in a row.
let lastName = '';
let lastKey = '';
function lookupKey(name: string): string {
  if (name !== lastName) {
    lastKey = freshPlaceKey(name);
    lastName = name;
  }
  return lastKey;
}
// The near keys of one look-up, as [key id, distance] pairs.
let near: Int32Array = new Int32Array(64);
/** How many sections an index writes, for containers that hold other sections after it. */
export const NAME_INDEX_SECTIONS = 11;

/**
 * Normalised name key -> place entries (best first, each with its own-name flag and weight, fixed when the
 * index is built), plus first letter and consonant skeleton -> keys for the spelling-tolerant fallback.
 * Everything is typed arrays, written to the cache as they are and used where they lie after a load.
 */
export class NameIndex {
  constructor(
    private readonly keys: PackedKeys,
    /** Key `id`'s places are `codes[postStart[id], postStart[id + 1])`: place index * 2 + own-name flag. */
    private readonly postStart: Int32Array,
    private readonly codes: Int32Array,
    private readonly weights: Int32Array,
    private readonly groups: PackedKeys,
    /** Group `g`'s key ids are `members[memberStart[g], memberStart[g + 1])`, in the order keys were first seen. */
    private readonly memberStart: Int32Array,
    private readonly members: Int32Array,
  ) {}

  /**
   * Builds the index from the names of places `0 .. count - 1`: `namesOf(index)` lists a place's own name
   * first, then its alternates; `rank` orders places that share a key (higher first), and the own name
   * outranks alternates.
   */
  static build(count: number, namesOf: (index: number) => readonly string[], rank: (index: number) => number): NameIndex {
    // An index of 200k places reads ~600k names once each: keys get dense ids, and the places of one key
    // are a chain through flat arrays (slot -> place, slot -> next slot) rather than an array per key.
    const ids = new Map<string, number>();
    const keys: string[] = [];
    const firstSlot: number[] = [];
    const lastSlot: number[] = [];
    const placeAt: number[] = [];
    const nextSlot: number[] = [];
    // The key id of each place's own name, -1 when it has no key (a script the keys do not read).
    const ownKeyIds = new Int32Array(count).fill(-1);
    for (let index = 0; index < count; index += 1) {
      const names = namesOf(index);
      for (let n = 0; n < names.length; n += 1) {
        const key = freshPlaceKey(names[n]!);
        if (key.length === 0) continue;
        let id = ids.get(key);
        if (id === undefined) {
          id = keys.length;
          ids.set(key, id);
          keys.push(key);
          firstSlot.push(placeAt.length);
          lastSlot.push(placeAt.length);
          placeAt.push(index);
          nextSlot.push(-1);
        } else if (placeAt[lastSlot[id]!] !== index) {
          // A place's names often share a key: each place once per key, and a place listed is the key's last.
          nextSlot[lastSlot[id]!] = placeAt.length;
          lastSlot[id] = placeAt.length;
          placeAt.push(index);
          nextSlot.push(-1);
        }
        if (n === 0) ownKeyIds[index] = id;
      }
    }
    const isOwnKey = (index: number, id: number): boolean => ownKeyIds[index] === id;
    const ranks = new Float64Array(count);
    for (let index = 0; index < count; index += 1) ranks[index] = rank(index);
    const weightOf = (index: number, primary: boolean): number => Math.max(0, Math.round((ranks[index]! + (primary ? PRIMARY_BONUS : 0)) * WEIGHT_SCALE));
    const postStart = new Int32Array(keys.length + 1);
    const codes = new Int32Array(placeAt.length);
    const weights = new Int32Array(placeAt.length);
    const groupIds = new Map<string, number>();
    const groupNames: string[] = [];
    const groupOf = new Int32Array(keys.length).fill(-1);
    const groupSizes: number[] = [];
    let at = 0;
    for (let id = 0; id < keys.length; id += 1) {
      const key = keys[id]!;
      postStart[id] = at;
      const from = at;
      for (let slot = firstSlot[id]!; slot !== -1; slot = nextSlot[slot]!) {
        const index = placeAt[slot]!;
        const primary = isOwnKey(index, id);
        const weight = weightOf(index, primary);
        // Heavier first, and stable: places of equal weight stay in the order their names came. Most keys
        // name one place or a few, so an insertion into the key's run is all the sorting there is.
        let k = at;
        while (k > from && weights[k - 1]! < weight) {
          codes[k] = codes[k - 1]!;
          weights[k] = weights[k - 1]!;
          k -= 1;
        }
        codes[k] = index * 2 + (primary ? 1 : 0);
        weights[k] = weight;
        at += 1;
      }
      const skeleton = skeletonKey(key);
      if (skeleton.length < MIN_SKELETON) continue;
      const slot = skeletonSlot(key, skeleton);
      let group = groupIds.get(slot);
      if (group === undefined) {
        group = groupNames.length;
        groupIds.set(slot, group);
        groupNames.push(slot);
        groupSizes.push(0);
      }
      groupOf[id] = group;
      groupSizes[group]! += 1;
    }
    postStart[keys.length] = at;
    const memberStart = new Int32Array(groupNames.length + 1);
    for (let g = 0; g < groupNames.length; g += 1) memberStart[g + 1] = memberStart[g]! + groupSizes[g]!;
    const members = new Int32Array(memberStart[groupNames.length]!);
    const filled = memberStart.slice(0, groupNames.length);
    for (let id = 0; id < keys.length; id += 1) if (groupOf[id]! >= 0) members[filled[groupOf[id]!]!++] = id;
    return new NameIndex(PackedKeys.build(keys), postStart, codes.subarray(0, at), weights.subarray(0, at), PackedKeys.build(groupNames), memberStart, members);
  }

  /** The index's arrays, in the order `fromFile` reads them. */
  sections(): Section[] {
    const k = this.keys;
    const g = this.groups;
    return [k.bytes, k.starts, k.slots, this.postStart, this.codes, this.weights, g.bytes, g.starts, g.slots, this.memberStart, this.members];
  }

  /** The index written by `sections()`, from sections `first` on. */
  static fromFile(file: IndexFile, first: number): NameIndex {
    const s = (i: number): Int32Array => file.int32(first + i);
    return new NameIndex(
      new PackedKeys(file.bytes(first), s(1), s(2)),
      s(3),
      s(4),
      s(5),
      new PackedKeys(file.bytes(first + 6), s(7), s(8)),
      s(9),
      s(10),
    );
  }

  /** Places named `name` into `found`: same key first (in rank order), then similar keys by edit distance. */
  collect(name: string, found: FoundPlaces): void {
    found.count = 0;
    const key = lookupKey(name);
    if (key.length === 0) return;
    const id = this.keys.find(key);
    if (id >= 0) this.readPosting(id, 0, found);
    if (found.count >= MATCH_LIMIT) return;
    // The group's name as `skeletonSlot` writes it, built in bytes rather than as a string.
    if (groupName.length <= key.length) groupName = new Uint8Array(key.length * 2);
    groupName[0] = key.charCodeAt(0);
    const end = skeletonInto(key, groupName, 1);
    if (end - 1 < MIN_SKELETON) return;
    const group = this.groups.findBytes(groupName, 0, end);
    if (group < 0) return;
    // The group's keys are compared where they lie in the key bytes; none becomes a string.
    const bytes = this.keys.bytes;
    const starts = this.keys.starts;
    const tolerance = keyTolerance(key);
    measure.reset(key);
    let count = 0;
    for (let m = this.memberStart[group]!; m < this.memberStart[group + 1]!; m += 1) {
      const other = this.members[m]!;
      const from = starts[other]!;
      const to = starts[other + 1]!;
      if (Math.abs(to - from - key.length) > tolerance) continue;
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

  /** One key's places into `found`; a place already there (found under a nearer key) is skipped. */
  private readPosting(id: number, distance: number, found: FoundPlaces): void {
    for (let p = this.postStart[id]!; p < this.postStart[id + 1]! && found.count < MATCH_LIMIT; p += 1) {
      const code = this.codes[p]!;
      const index = code >>> 1;
      let seen = false;
      for (let k = 0; k < found.count && !seen; k += 1) seen = found.index[k] === index;
      if (seen) continue;
      const at = found.count;
      found.index[at] = index;
      found.distance[at] = distance;
      found.primary[at] = code & 1;
      found.weight[at] = this.weights[p]!;
      found.count += 1;
    }
  }
}

function grown(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
