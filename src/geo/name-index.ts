import { editDistance, freshPlaceKey, keyTolerance, placeKey, skeletonKey } from './place-key.ts';
import type { KeyLookup } from './sorted-key-table.ts';

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
 * Reads one posting, "<index*2+primary>.<weight>,...", without splitting it into strings: lookups read
 * postings far more often than anything else.
 */
function readPosting(posting: string, distance: number, seen: Set<number>, out: NameMatch[], limit: number): void {
  let code = 0;
  let weight = 0;
  let inWeight = false;
  for (let i = 0; i <= posting.length && out.length < limit; i += 1) {
    const c = i < posting.length ? posting.charCodeAt(i) : 44;
    if (c === 44) {
      const index = code >>> 1;
      if (!seen.has(index)) {
        seen.add(index);
        out.push({ index, distance, primary: (code & 1) === 1, weight: weight / WEIGHT_SCALE });
      }
      code = 0;
      weight = 0;
      inWeight = false;
    } else if (c === 46) inWeight = true;
    else if (inWeight) weight = weight * 10 + (c - 48);
    else code = code * 10 + (c - 48);
  }
}

/** A freshly built table: pairs, written to a cache as they are; a Map made only if something looks a key up. */
class PairTable implements KeyLookup {
  private map: Map<string, string> | null = null;

  constructor(readonly pairs: readonly [string, string][]) {}

  get(key: string): string | undefined {
    return (this.map ??= new Map(this.pairs)).get(key);
  }
}

/**
 * Normalised name key -> place entries (best first, each with its own-name flag and weight, fixed when the
 * index is built), plus consonant skeleton -> keys for the spelling-tolerant fallback. Postings stay strings
 * so that a cached index loads without parsing them.
 */
export class NameIndex {
  constructor(
    private readonly postings: KeyLookup,
    private readonly skeletons: KeyLookup,
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
    return new NameIndex(new PairTable(postings), new PairTable(skeletons));
  }

  /** The two tables as `[key, value]` pairs, for writing a cache. Only for an index made by `build`. */
  entries(): { postings: readonly [string, string][]; skeletons: readonly [string, string][] } {
    if (!(this.postings instanceof PairTable) || !(this.skeletons instanceof PairTable)) throw new Error('NameIndex.entries: not a built index');
    return { postings: this.postings.pairs, skeletons: this.skeletons.pairs };
  }

  /** Places named `name`: same key first (in rank order), then similar keys by edit distance. */
  match(name: string, limit = 10): NameMatch[] {
    const key = placeKey(name);
    if (key.length === 0) return [];
    const out: NameMatch[] = [];
    const seen = new Set<number>();
    const push = (posting: string | undefined, distance: number): void => {
      if (posting !== undefined) readPosting(posting, distance, seen, out, limit);
    };
    push(this.postings.get(key), 0);
    const skeleton = skeletonKey(key);
    const similar = skeleton.length >= MIN_SKELETON && out.length < limit ? this.skeletons.get(skeletonSlot(key, skeleton)) : undefined;
    if (similar !== undefined) {
      const tolerance = keyTolerance(key);
      const near: { key: string; distance: number }[] = [];
      for (const other of similar.split(' ')) {
        if (other === key) continue;
        if (Math.abs(other.length - key.length) > tolerance) continue;
        const distance = editDistance(key, other, tolerance);
        if (distance <= tolerance) near.push({ key: other, distance });
      }
      near.sort((a, b) => a.distance - b.distance);
      for (const entry of near) push(this.postings.get(entry.key), entry.distance);
    }
    return out;
  }
}
