import { describe, expect, it } from 'vitest';
import { FoundPlaces } from './found-places.ts';
import { LookupMemo } from './lookup-memo.ts';
import { NameIndex } from './name-index.ts';

// Made-up villages: spellings that share keys, near spellings of each other, and one name alone.
const NAMES = [['Tal Milh', 'Tell Malah'], ['Tal Maleh'], ['Jalma', 'Jalmeh'], ['Kafr Nabl'], ['Kafranbel'], ['Zor Maghar'], ['Zur Maghar']];
const index = NameIndex.build(NAMES.length, (i) => NAMES[i]!, (i) => NAMES.length - i);

function listed(found: FoundPlaces): string {
  return Array.from({ length: found.count }, (_, k) => `${found.index[k]}/${found.distance[k]}/${found.primary[k]}`).join(' ');
}

function fresh(name: string): string {
  const found = new FoundPlaces();
  index.collect(name, found);
  return listed(found);
}

// Known keys, names found by near spellings only (kept in the pool), and names with nothing near.
const QUERIES = ['Tal Milh', 'Tall Malh', 'Jalmah', 'Jalmia', 'Kafr Nabl', 'Kafr Nbl', 'Zor Magharr', 'Xqzzptl', '', 'Tel Maleh'];

describe('look-up memo', () => {
  it.each([
    ['a memo that keeps every name', 1000],
    ['a memo cleared every third name', 3],
  ])('gives the lists a fresh look-up gives, asked again in any order: %s', (_label, limit) => {
    const memo = new LookupMemo(index, limit);
    const found = new FoundPlaces();
    const recall = (name: string): string => (memo.recall(name, found), listed(found));
    const order = [...QUERIES, ...[...QUERIES].reverse(), ...QUERIES];
    expect(order.map(recall)).toEqual(order.map(fresh));
    expect(fresh('Tall Malh')).not.toBe('');
  });

  it('grows its pool past its first size', () => {
    const memo = new LookupMemo(index);
    const found = new FoundPlaces();
    // One misspelling written 400 ways (the same key): each a new name whose near spellings go to the pool.
    const names = Array.from({ length: 400 }, (_, i) => `Tal${' -'[i % 2]!.repeat(1 + (i >> 1))}Malh`);
    const first = names.map((n) => (memo.recall(n, found), listed(found)));
    expect(first.every((list) => list.split(' ').length >= 2)).toBe(true);
    expect(names.map((n) => (memo.recall(n, found), listed(found)))).toEqual(first);
    expect(names.map(fresh)).toEqual(first);
  });
});
