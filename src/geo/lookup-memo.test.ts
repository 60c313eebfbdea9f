import { describe, expect, it } from 'vitest';
import { FoundPlaces } from './found-places.ts';
import { LookupMemo } from './lookup-memo.ts';
import { NameIndex } from './name-index.ts';

// Made-up villages: spellings that share keys, near spellings of each other, and one name alone.
const NAMES = [['Tal Milh', 'Tell Malah'], ['Tal Maleh'], ['Jalma', 'Jalmeh'], ['Kafr Nabl'], ['Kafranbel'], ['Zor Maghar'], ['Zur Maghar'], ['Tulmul'], ['Tilmil'], ['Telmol']];
const index = NameIndex.build(NAMES.length, (i) => NAMES[i]!, (i) => NAMES.length - i);

function listed(found: FoundPlaces): string {
  return Array.from({ length: found.count }, (_, k) => `${found.index[k]}/${found.distance[k]}/${found.primary[k]}`).join(' ');
}

function fresh(name: string): string {
  const found = new FoundPlaces();
  index.collect(name, found);
  return listed(found);
}

// Known keys, names found by near spellings only (kept in the pool), and names with nothing near; one
// misspelling written two ways (one key, remembered once).
const QUERIES = ['Tal Milh', 'Tall Malh', 'Jalmah', 'Jalmia', 'Kafr Nabl', 'Kafr Nbl', 'Zor Magharr', 'Xqzzptl', '', 'Tel Maleh', 'Tall-Malh'];

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

  it('grows its pool and its lists past their first sizes', () => {
    const memo = new LookupMemo(index);
    const found = new FoundPlaces();
    // Made-up spellings of one consonant skeleton, each a key the index does not hold: near spellings only.
    const names = [...'aeiou'].flatMap((a) => [...'aeiou'].flatMap((b) => ['', 'i', 'o', 'u', 'ir', 'ur'].map((c) => `T${a}lm${b}l${c}`)));
    const first = names.map((n) => (memo.recall(n, found), listed(found)));
    const codes = first.reduce((sum, list) => sum + (list === '' ? 0 : list.split(' ').length), 0);
    expect([names.length, codes > 256]).toEqual([150, true]);
    expect(names.map((n) => (memo.recall(n, found), listed(found)))).toEqual(first);
    expect(names.map(fresh)).toEqual(first);
  });
});
