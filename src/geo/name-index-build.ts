import { KeyBytes } from './key-folding.ts';
import { placeKeyInto, skeletonInto } from './place-key.ts';
import { KeyTableBuilder } from './key-table-builder.ts';
import type { PackedKeys } from './packed-keys.ts';

/** A skeleton shorter than this would join too many unrelated names ("Hama" has skeleton "m"). */
export const MIN_SKELETON = 3;
// A place's own name outweighs another place's alternate spelling: "Nis" is Niš before it is Nice.
const PRIMARY_BONUS = 2;
// Weights are stored as integers in hundredths.
const WEIGHT_SCALE = 100;

/** The arrays of a name index, as `NameIndex` keeps them and the index file stores them. */
export interface NameIndexParts {
  readonly keys: PackedKeys;
  readonly postStart: Int32Array;
  readonly postings: Int32Array;
  readonly keyGroup: Int32Array;
  readonly groups: PackedKeys;
  readonly groupStart: Int32Array;
}

// The group name of one key (first letter and skeleton), written as bytes.
let scratch = new Uint8Array(64);

/** A list of integers that grows as it is filled, without a JS array of boxed numbers behind it. */
class IntList {
  values = new Int32Array(1 << 12);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const bigger = new Int32Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.length++] = value;
  }
}

/**
 * Builds the index from the names of places `0 .. count - 1`: `namesOf(index)` lists a place's own name
 * first, then its alternates; `rank` orders places that share a key (higher first), and the own name
 * outranks alternates. Keys are numbered group by group (each group's keys in the order they were first
 * seen), so the keys a spelling-tolerant look-up compares lie side by side.
 */
export function buildNameIndex(count: number, namesOf: (index: number) => readonly string[], rank: (index: number) => number): NameIndexParts {
  // An index of 200k places reads ~600k names once each: keys get dense ids in the order first seen (and
  // their group, too, when first seen), and the places of one key are a chain through flat arrays
  // (slot -> place, slot -> next slot) rather than an array per key.
  // About two keys per place and one group per key in GeoNames: tables sized for that seldom grow.
  const keys = new KeyTableBuilder(2 * count);
  const groups = new KeyTableBuilder(2 * count);
  const groupOf = new IntList();
  const firstSlot = new IntList();
  const lastSlot = new IntList();
  const placeAt = new IntList();
  const nextSlot = new IntList();
  // The key id of each place's own name, -1 when it has no key (a script the keys do not read).
  const ownKeyIds = new Int32Array(count).fill(-1);
  const key = new KeyBytes();
  for (let index = 0; index < count; index += 1) {
    const names = namesOf(index);
    for (let n = 0; n < names.length; n += 1) {
      placeKeyInto(names[n]!, key);
      if (key.length === 0) continue;
      const known = keys.count;
      const id = keys.internBytes(key.bytes, 0, key.length);
      if (id === known) {
        groupOf.push(groupIdOf(groups, key));
        firstSlot.push(placeAt.length);
        lastSlot.push(placeAt.length);
        placeAt.push(index);
        nextSlot.push(-1);
      } else if (placeAt.values[lastSlot.values[id]!] !== index) {
        // A place's names often share a key: each place once per key, and a place listed is the key's last.
        nextSlot.values[lastSlot.values[id]!] = placeAt.length;
        lastSlot.values[id] = placeAt.length;
        placeAt.push(index);
        nextSlot.push(-1);
      }
      if (n === 0) ownKeyIds[index] = id;
    }
  }
  // Keys numbered group by group (groups in the order their first key was seen), keys of no group last.
  const keyCount = keys.count;
  const groupStart = new Int32Array(groups.count + 1);
  for (let id = 0; id < keyCount; id += 1) if (groupOf.values[id]! >= 0) groupStart[groupOf.values[id]! + 1]! += 1;
  for (let g = 0; g < groups.count; g += 1) groupStart[g + 1]! += groupStart[g]!;
  const filled = groupStart.slice(0, groups.count);
  let ungrouped = groupStart[groups.count]!;
  // New id -> old id, and each new id's group.
  const oldIdOf = new Int32Array(keyCount);
  const keyGroup = new Int32Array(keyCount);
  for (let id = 0; id < keyCount; id += 1) {
    const group = groupOf.values[id]!;
    const to = group >= 0 ? filled[group]!++ : ungrouped++;
    oldIdOf[to] = id;
    keyGroup[to] = group;
  }
  const ranks = new Float64Array(count);
  for (let index = 0; index < count; index += 1) ranks[index] = rank(index);
  const postStart = new Int32Array(keyCount + 1);
  // Per entry its code (place index * 2 + own-name flag) and weight, side by side.
  const postings = new Int32Array(placeAt.length * 2);
  let at = 0;
  for (let to = 0; to < keyCount; to += 1) {
    const id = oldIdOf[to]!;
    postStart[to] = at;
    const from = at;
    for (let slot = firstSlot.values[id]!; slot !== -1; slot = nextSlot.values[slot]!) {
      const index = placeAt.values[slot]!;
      const primary = ownKeyIds[index] === id;
      const weight = Math.max(0, Math.round((ranks[index]! + (primary ? PRIMARY_BONUS : 0)) * WEIGHT_SCALE));
      // Heavier first, and stable: places of equal weight stay in the order their names came. Most keys
      // name one place or a few, so an insertion into the key's run is all the sorting there is.
      let k = at;
      while (k > from && postings[2 * k - 1]! < weight) {
        postings[2 * k] = postings[2 * k - 2]!;
        postings[2 * k + 1] = postings[2 * k - 1]!;
        k -= 1;
      }
      postings[2 * k] = index * 2 + (primary ? 1 : 0);
      postings[2 * k + 1] = weight;
      at += 1;
    }
  }
  postStart[keyCount] = at;
  return { keys: keys.packed(oldIdOf), postStart, postings: postings.subarray(0, 2 * at), keyGroup, groups: groups.packed(), groupStart };
}

/** The id of the key's group (its first letter and consonant skeleton), added when new; -1 for a skeleton too short. */
function groupIdOf(groups: KeyTableBuilder, key: KeyBytes): number {
  if (scratch.length <= key.length) scratch = new Uint8Array(key.length * 2);
  scratch[0] = key.bytes[0]!;
  const end = skeletonInto(key.bytes, 0, key.length, scratch, 1);
  return end - 1 < MIN_SKELETON ? -1 : groups.internBytes(scratch, 0, end);
}
