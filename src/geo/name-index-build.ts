import { freshPlaceKey, skeletonInto } from './place-key.ts';
import { PackedKeys } from './packed-keys.ts';

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

/**
 * The key's group name (its first letter and consonant skeleton) as latin1 text; '' for a skeleton
 * too short to group by.
 */
let scratch = new Uint8Array(64);
function groupNameOf(key: string): string {
  if (scratch.length <= key.length) scratch = new Uint8Array(key.length * 2);
  scratch[0] = key.charCodeAt(0);
  const end = skeletonInto(key, scratch, 1);
  return end - 1 < MIN_SKELETON ? '' : Buffer.from(scratch.buffer, 0, end).toString('latin1');
}

/**
 * Builds the index from the names of places `0 .. count - 1`: `namesOf(index)` lists a place's own name
 * first, then its alternates; `rank` orders places that share a key (higher first), and the own name
 * outranks alternates. Keys are numbered group by group (each group's keys in the order they were first
 * seen), so the keys a spelling-tolerant look-up compares lie side by side.
 */
export function buildNameIndex(count: number, namesOf: (index: number) => readonly string[], rank: (index: number) => number): NameIndexParts {
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
  // Groups in the order their first key was seen; keys of no group after every group's.
  const groupIds = new Map<string, number>();
  const groupNames: string[] = [];
  const groupSizes: number[] = [];
  const groupOf = new Int32Array(keys.length);
  for (let id = 0; id < keys.length; id += 1) {
    const name = groupNameOf(keys[id]!);
    let group = name === '' ? -1 : groupIds.get(name);
    if (group === undefined) {
      group = groupNames.length;
      groupIds.set(name, group);
      groupNames.push(name);
      groupSizes.push(0);
    }
    groupOf[id] = group;
    if (group >= 0) groupSizes[group]! += 1;
  }
  const groupStart = new Int32Array(groupNames.length + 1);
  for (let g = 0; g < groupNames.length; g += 1) groupStart[g + 1] = groupStart[g]! + groupSizes[g]!;
  const filled = groupStart.slice(0, groupNames.length);
  let ungrouped = groupStart[groupNames.length]!;
  // Old id -> new id, and the keys in their new order.
  const oldIdOf = new Int32Array(keys.length);
  const keyGroup = new Int32Array(keys.length);
  for (let id = 0; id < keys.length; id += 1) {
    const group = groupOf[id]!;
    const to = group >= 0 ? filled[group]!++ : ungrouped++;
    oldIdOf[to] = id;
    keyGroup[to] = group;
  }
  const ranks = new Float64Array(count);
  for (let index = 0; index < count; index += 1) ranks[index] = rank(index);
  const postStart = new Int32Array(keys.length + 1);
  // Per entry its code (place index * 2 + own-name flag) and weight, side by side.
  const postings = new Int32Array(placeAt.length * 2);
  const ordered: string[] = new Array(keys.length);
  let at = 0;
  for (let to = 0; to < keys.length; to += 1) {
    const id = oldIdOf[to]!;
    ordered[to] = keys[id]!;
    postStart[to] = at;
    const from = at;
    for (let slot = firstSlot[id]!; slot !== -1; slot = nextSlot[slot]!) {
      const index = placeAt[slot]!;
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
  postStart[keys.length] = at;
  return { keys: PackedKeys.build(ordered), postStart, postings: postings.subarray(0, 2 * at), keyGroup, groups: PackedKeys.build(groupNames), groupStart };
}
