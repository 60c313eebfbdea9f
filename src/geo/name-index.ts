import { editDistance, keyTolerance, placeKey, skeletonKey } from './place-key.ts';
import type { KeyLookup } from './sorted-key-table.ts';

/** A skeleton shorter than this would join too many unrelated names ("Hama" has skeleton "m"). */
const MIN_SKELETON = 3;

export interface NameMatch {
  readonly index: number;
  /** Edit distance between the normalised keys: 0 is the same spelling up to normalisation. */
  readonly distance: number;
}

/**
 * Normalised name key -> place indices (best first), plus consonant skeleton -> keys for the
 * spelling-tolerant fallback. Postings are kept as strings so that a cached index loads without parsing them.
 */
export class NameIndex {
  constructor(
    private readonly postings: KeyLookup,
    private readonly skeletons: KeyLookup,
  ) {}

  /** Builds the index from names per place; `rank` orders places that share a key (higher first). */
  static build(names: Iterable<readonly [number, string]>, rank: (index: number) => number): NameIndex {
    const byKey = new Map<string, Set<number>>();
    for (const [index, name] of names) {
      const key = placeKey(name);
      if (key.length === 0) continue;
      let set = byKey.get(key);
      if (!set) byKey.set(key, (set = new Set()));
      set.add(index);
    }
    const postings = new Map<string, string>();
    const skeletonKeys = new Map<string, string[]>();
    for (const [key, set] of byKey) {
      postings.set(key, [...set].sort((a, b) => rank(b) - rank(a)).join(','));
      const skeleton = skeletonKey(key);
      if (skeleton.length < MIN_SKELETON) continue;
      const keys = skeletonKeys.get(skeleton);
      if (keys) keys.push(key);
      else skeletonKeys.set(skeleton, [key]);
    }
    const skeletons = new Map<string, string>();
    for (const [skeleton, keys] of skeletonKeys) skeletons.set(skeleton, keys.join(' '));
    return new NameIndex(postings, skeletons);
  }

  /** The two tables as `[key, value]` pairs, for writing a cache. Only for an index made by `build`. */
  entries(): { postings: [string, string][]; skeletons: [string, string][] } {
    if (!(this.postings instanceof Map) || !(this.skeletons instanceof Map)) throw new Error('NameIndex.entries: not a built index');
    return { postings: [...this.postings], skeletons: [...this.skeletons] };
  }

  /** Places named `name`: same key first (in rank order), then similar keys by edit distance. */
  match(name: string, limit = 10): NameMatch[] {
    const key = placeKey(name);
    if (key.length === 0) return [];
    const out: NameMatch[] = [];
    const seen = new Set<number>();
    const push = (posting: string | undefined, distance: number): void => {
      if (posting === undefined) return;
      for (const part of posting.split(',')) {
        if (out.length >= limit) return;
        const index = Number(part);
        if (!seen.has(index)) {
          seen.add(index);
          out.push({ index, distance });
        }
      }
    };
    push(this.postings.get(key), 0);
    const skeleton = skeletonKey(key);
    const similar = skeleton.length >= MIN_SKELETON && out.length < limit ? this.skeletons.get(skeleton) : undefined;
    if (similar !== undefined) {
      const tolerance = keyTolerance(key);
      const near: { key: string; distance: number }[] = [];
      for (const other of similar.split(' ')) {
        // Transliterations differ in vowels and endings, rarely in the first letter.
        if (other === key || other.charCodeAt(0) !== key.charCodeAt(0)) continue;
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
