import { describe, expect, it } from 'vitest';
import { FoundPlaces, MATCH_LIMIT } from './found-places.ts';
import { KeyBytes } from './key-folding.ts';
import { NameIndex } from './name-index.ts';
import { placeKeyInto } from './place-key.ts';

function filled(rows: readonly (readonly [number, number, number, number])[]): FoundPlaces {
  const found = new FoundPlaces();
  for (const [index, distance, primary, weight] of rows) found.add(index, distance, primary, weight);
  return found;
}

const listed = (found: FoundPlaces): number[][] => Array.from({ length: found.count }, (_, k) => [found.index[k]!, found.distance[k]!, found.primary[k]!]);

describe('found places', () => {
  it('keeps a place once (its first entry, as the nearer key is read first) and ranks by distance, then weight, stably', () => {
    const found = filled([
      [7, 1, 0, 500],
      [3, 0, 1, 100],
      [7, 0, 1, 900],
      [5, 1, 0, 500],
      [9, 0, 0, 300],
      [4, 2, 1, 1000],
    ]);
    found.rank();
    expect(listed(found)).toEqual([[9, 0, 0], [3, 0, 1], [7, 1, 0], [5, 1, 0], [4, 2, 1]]);
  });

  it('gives back a list written as codes, and refuses a distance the code has no room for', () => {
    const found = filled([[199_999, 3, 1, 0], [0, 0, 0, 0], [12, 2, 1, 0]]);
    const codes = Int32Array.from([-1, ...Array.from({ length: found.count }, (_, k) => found.code(k))]);
    const back = new FoundPlaces();
    back.readCodes(codes, 1, found.count);
    expect(listed(back)).toEqual(listed(found));
    expect(() => filled([[1, 4, 0, 0]]).code(0)).toThrow(RangeError);
  });

  it('is full at the limit', () => {
    const found = filled(Array.from({ length: MATCH_LIMIT }, (_, i) => [i, 0, 0, 0] as const));
    expect(found.full).toBe(true);
  });
});

describe('ranked lists built with the index', () => {
  // Made-up villages whose keys share skeletons, so near spellings fill the lists.
  const NAMES = [['Tal Milh', 'Tell Malah'], ['Tal Maleh'], ['Tulmul'], ['Tilmil'], ['Telmol', 'Tal Mulh'], ['Jalma'], ['Jalmeh', 'Jalmiya']];
  const index = NameIndex.build(NAMES.length, (i) => NAMES[i]!, (i) => i % 3);
  it.each(NAMES.flat())('%s: the list kept for its key is the one a scan of the key finds', (name) => {
    const key = new KeyBytes();
    placeKeyInto(name, key);
    const kept = new FoundPlaces();
    index.readRanked(index.idOf(key), kept);
    const scanned = new FoundPlaces();
    index.scan(key.bytes, 0, key.length, index.idOf(key), scanned);
    expect(listed(kept)).toEqual(listed(scanned));
    expect(kept.count).toBeGreaterThan(0);
  });
});
