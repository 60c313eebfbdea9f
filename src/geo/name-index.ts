import { KeyDistance } from './key-distance.ts';
import { freshPlaceKey, keyTolerance, placeKey, skeletonKey } from './place-key.ts';
import { HashedKeyTable } from './hashed-key-table.ts';

/** A skeleton shorter than this would join too many unrelated names ("Hama" has skeleton "m"). */
const MIN_SKELETON = 3;

/**
 * Keys are grouped by first letter and consonant skeleton: transliterations differ in vowels and endings,
 * rarely in the first letter, and the groups stay small enough to compare one by one.
 */
function skeletonSlot(key: string, skeleton: string): string {
  return key[0] + skeleton;
}

export interface NameMatch {
  readonly index: number;
  /** Edit distance between the normalised keys: 0 is the same spelling up to normalisation. */
  readonly distance: number;
  /** The key is the place's own name's, not an alternate's. */
  readonly primary: boolean;
  /** How likely the place is meant when spelling does not decide: its rank, plus a bonus for its own name. */
  readonly weight: number;
}

// A place's own name outweighs another place's alternate spelling: "Nis" is Niš before it is Nice.
const PRIMARY_BONUS = 2;
// Weights are stored as integers in hundredths.
const WEIGHT_SCALE = 100;

/**
 * Reads one posting, "<index*2+primary>.<weight>,...", from the bytes where the key table keeps it: lookups
 * read postings far more often than anything else. A place already in `out` (found under a nearer key) is
 * skipped; `out` holds at most `limit` matches, so the check is a short scan.
 */
function readPosting(bytes: Uint8Array, from: number, to: number, distance: number, out: NameMatch[], limit: number): void {
  let code = 0;
  let weight = 0;
  let inWeight = false;
  for (let i = from; i <= to && out.length < limit; i += 1) {
    const c = i < to ? bytes[i]! : 44;
    if (c === 44) {
      const index = code >>> 1;
      let seen = false;
      for (let k = 0; k < out.length && !seen; k += 1) seen = out[k]!.index === index;
      if (!seen) out.push({ index, distance, primary: (code & 1) === 1, weight: weight / WEIGHT_SCALE });
      code = 0;
      weight = 0;
      inWeight = false;
    } else if (c === 46) inWeight = true;
    else if (inWeight) weight = weight * 10 + (c - 48);
    else code = code * 10 + (c - 48);
  }
}

// One prepared comparer for every lookup: lookups run one at a time.
const measure = new KeyDistance('');
// The near keys of one lookup, as [start, end, distance] triples into the skeleton table's bytes.
let near: Int32Array = new Int32Array(96);

/**
 * Normalised name key -> place entries (best first, each with its own-name flag and weight, fixed when the
 * index is built), plus consonant skeleton -> keys for the spelling-tolerant fallback. Postings stay strings
 * so that a cached index loads without parsing them.
 */
export class NameIndex {
  constructor(
    private readonly postings: HashedKeyTable,
    private readonly skeletons: HashedKeyTable,
  ) {}

  /**
   * Builds the index from names per place; `rank` orders places that share a key (higher first), and
   * `ownName` is the place's own name, which outranks alternates.
   */
  static build(names: Iterable<readonly [number, string]>, rank: (index: number) => number, ownName: (index: number) => string): NameIndex {
    // An index of 200k places reads ~600k names once each: keys get dense ids, and the places of one key
    // are a chain through flat arrays (slot -> place, slot -> next slot) rather than an array per key.
    const ids = new Map<string, number>();
    const keys: string[] = [];
    const firstSlot: number[] = [];
    const lastSlot: number[] = [];
    const placeAt: number[] = [];
    const nextSlot: number[] = [];
    for (const [index, name] of names) {
      const key = freshPlaceKey(name);
      if (key.length === 0) continue;
      const id = ids.get(key);
      if (id === undefined) {
        ids.set(key, keys.length);
        keys.push(key);
        firstSlot.push(placeAt.length);
        lastSlot.push(placeAt.length);
        placeAt.push(index);
        nextSlot.push(-1);
        continue;
      }
      // A place's names often share a key: each place once per key. Names come place by place, so a place
      // already listed is the key's last; were they not, a place listed twice is read once anyway.
      if (placeAt[lastSlot[id]!] === index) continue;
      nextSlot[lastSlot[id]!] = placeAt.length;
      lastSlot[id] = placeAt.length;
      placeAt.push(index);
      nextSlot.push(-1);
    }
    // Filled in order, never with holes: a sparse array of 200k would fall back to a slow dictionary.
    const ownKeys: (string | null)[] = [];
    const ownKey = (index: number): string => {
      while (ownKeys.length <= index) ownKeys.push(null);
      return (ownKeys[index] ??= freshPlaceKey(ownName(index)));
    };
    const weightOf = (index: number, primary: boolean): number => Math.max(0, Math.round((rank(index) + (primary ? PRIMARY_BONUS : 0)) * WEIGHT_SCALE));
    const postingLines: string[] = new Array(keys.length);
    const slotIds = new Map<string, number>();
    const slotNames: string[] = [];
    const slotKeys: string[] = [];
    for (let id = 0; id < keys.length; id += 1) {
      const key = keys[id]!;
      const first = firstSlot[id]!;
      if (nextSlot[first] === -1) {
        // Most keys name one place: no entry objects, no sort.
        const index = placeAt[first]!;
        const primary = ownKey(index) === key;
        postingLines[id] = `${key}\t${index * 2 + (primary ? 1 : 0)}.${weightOf(index, primary)}`;
      } else {
        const entries: { index: number; primary: boolean; weight: number }[] = [];
        for (let slot = first; slot !== -1; slot = nextSlot[slot]!) {
          const index = placeAt[slot]!;
          const primary = ownKey(index) === key;
          entries.push({ index, primary, weight: weightOf(index, primary) });
        }
        entries.sort((a, b) => b.weight - a.weight);
        postingLines[id] = `${key}\t${entries.map((e) => `${e.index * 2 + (e.primary ? 1 : 0)}.${e.weight}`).join(',')}`;
      }
      const skeleton = skeletonKey(key);
      if (skeleton.length < MIN_SKELETON) continue;
      const slot = skeletonSlot(key, skeleton);
      const slotId = slotIds.get(slot);
      if (slotId === undefined) {
        slotIds.set(slot, slotNames.length);
        slotNames.push(slot);
        slotKeys.push(key);
      } else slotKeys[slotId] += ` ${key}`;
    }
    const skeletonLines: string[] = new Array(slotNames.length);
    for (let k = 0; k < slotNames.length; k += 1) skeletonLines[k] = `${slotNames[k]}\t${slotKeys[k]}`;
    // Lines in the order built: the hashed tables need no order, so nothing is sorted.
    const table = (lines: string[]): HashedKeyTable => new HashedKeyTable(Buffer.from(lines.length > 0 ? `${lines.join('\n')}\n` : '', 'latin1'));
    return new NameIndex(table(postingLines), table(skeletonLines));
  }

  /** The two tables as the cache files hold them (`key\tvalue` lines). */
  files(): { postings: Buffer; skeletons: Buffer } {
    return { postings: this.postings.bytes, skeletons: this.skeletons.bytes };
  }

  /** Places named `name`: same key first (in rank order), then similar keys by edit distance. */
  match(name: string, limit = 10): NameMatch[] {
    const key = placeKey(name);
    if (key.length === 0) return [];
    const out: NameMatch[] = [];
    const postings = this.postings;
    const line = postings.find(key);
    if (line >= 0) readPosting(postings.bytes, postings.valueStart(line), postings.valueEnd(line), 0, out, limit);
    const skeleton = skeletonKey(key);
    if (skeleton.length < MIN_SKELETON || out.length >= limit) return out;
    const slot = this.skeletons.find(skeletonSlot(key, skeleton));
    if (slot < 0) return out;
    // The slot's keys are compared where they lie in the table's bytes; none becomes a string.
    const bytes = this.skeletons.bytes;
    const end = this.skeletons.valueEnd(slot);
    const tolerance = keyTolerance(key);
    measure.reset(key);
    let count = 0;
    for (let from = this.skeletons.valueStart(slot); from < end; ) {
      let to = from;
      while (to < end && bytes[to] !== SPACE) to += 1;
      if (Math.abs(to - from - key.length) <= tolerance) {
        const distance = measure.toBytes(bytes, from, to, tolerance);
        if (distance > 0 && distance <= tolerance) {
          if (count * 3 + 3 > near.length) near = grown(near);
          near[count * 3] = from;
          near[count * 3 + 1] = to;
          near[count * 3 + 2] = distance;
          count += 1;
        }
      }
      from = to + 1;
    }
    // Nearer spellings first; within one distance, in the slot's order.
    for (let distance = 1; distance <= tolerance && out.length < limit; distance += 1) {
      for (let k = 0; k < count && out.length < limit; k += 1) {
        if (near[k * 3 + 2] !== distance) continue;
        const at = postings.findBytes(bytes, near[k * 3]!, near[k * 3 + 1]!);
        if (at >= 0) readPosting(postings.bytes, postings.valueStart(at), postings.valueEnd(at), distance, out, limit);
      }
    }
    return out;
  }
}

const SPACE = 32;

function grown(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
