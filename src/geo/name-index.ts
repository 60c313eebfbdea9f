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
    // Plain arrays and unmemoised keys: an index of 200k places reads millions of names once each.
    const byKey = new Map<string, number[]>();
    for (const [index, name] of names) {
      const key = freshPlaceKey(name);
      if (key.length === 0) continue;
      const list = byKey.get(key);
      if (!list) byKey.set(key, [index]);
      else if (list[list.length - 1] !== index && !list.includes(index)) list.push(index);
    }
    const ownKeys: (string | undefined)[] = [];
    const ownKey = (index: number): string => (ownKeys[index] ??= freshPlaceKey(ownName(index)));
    const postings: [string, string][] = [];
    const skeletonKeys = new Map<string, string[]>();
    const weightOf = (index: number, primary: boolean): number => Math.max(0, Math.round((rank(index) + (primary ? PRIMARY_BONUS : 0)) * WEIGHT_SCALE));
    for (const [key, list] of byKey) {
      if (list.length === 1) {
        // Most keys name one place: no entry objects, no sort.
        const index = list[0]!;
        const primary = ownKey(index) === key;
        postings.push([key, `${index * 2 + (primary ? 1 : 0)}.${weightOf(index, primary)}`]);
      } else {
        const entries = list.map((index) => {
          const primary = ownKey(index) === key;
          return { index, primary, weight: weightOf(index, primary) };
        });
        entries.sort((a, b) => b.weight - a.weight);
        postings.push([key, entries.map((e) => `${e.index * 2 + (e.primary ? 1 : 0)}.${e.weight}`).join(',')]);
      }
      const skeleton = skeletonKey(key);
      if (skeleton.length < MIN_SKELETON) continue;
      const keys = skeletonKeys.get(skeletonSlot(key, skeleton));
      if (keys) keys.push(key);
      else skeletonKeys.set(skeletonSlot(key, skeleton), [key]);
    }
    const skeletons: [string, string][] = [];
    for (const [skeleton, keys] of skeletonKeys) skeletons.push([skeleton, keys.join(' ')]);
    return new NameIndex(HashedKeyTable.fromEntries(postings), HashedKeyTable.fromEntries(skeletons));
  }

  /** The two tables as the cache files hold them (sorted `key\tvalue` lines). */
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
