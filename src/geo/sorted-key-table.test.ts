import { describe, expect, it } from 'vitest';
import { SortedKeyTable } from './sorted-key-table.ts';

const entries: [string, string][] = [
  ['idlib', '12.450,7.120'],
  ['idli', '3.100'],
  ['hama', '40.900'],
  ['a', 'one letter'],
  ['maratnuman', ''],
];
const table = new SortedKeyTable(Buffer.from(SortedKeyTable.serialise(entries), 'latin1'));

describe('SortedKeyTable.get', () => {
  const rows: readonly (readonly [string, string | undefined])[] = [
    ['idlib', '12.450,7.120'],
    ['idli', '3.100'],
    ['hama', '40.900'],
    ['a', 'one letter'],
    ['maratnuman', ''],
    // Negative rows: a prefix, an extension, a near spelling, nothing, a character outside ASCII.
    ['idl', undefined],
    ['idlibb', undefined],
    ['hamma', undefined],
    ['', undefined],
    ['ıdlib', undefined],
  ];
  it.each(rows)('%j', (key, expected) => {
    expect(table.get(key)).toBe(expected);
  });

  it('reads a file without a final line break', () => {
    const unterminated = new SortedKeyTable(Buffer.from('b\tx\nc\ty'));
    expect([unterminated.get('b'), unterminated.get('c'), unterminated.size]).toEqual(['x', 'y', 2]);
  });

  it('still finds keys outside [a-z0-9], by searching every line', () => {
    const odd = new SortedKeyTable(Buffer.from(SortedKeyTable.serialise([['a b', '1'], ['Zed', '2'], ['ab', '3']])));
    expect([odd.get('a b'), odd.get('Zed'), odd.get('ab'), odd.get('zed')]).toEqual(['1', '2', '3', undefined]);
  });

  it('finds every key of a large table, and no other', () => {
    const many = Array.from({ length: 5000 }, (_, i): [string, string] => [(i * 7919).toString(36).slice(0, 1 + (i % 6)) + String(i % 10), String(i)]);
    const unique = [...new Map(many)];
    const big = new SortedKeyTable(Buffer.from(SortedKeyTable.serialise(unique)));
    for (const [key, value] of unique) expect(big.get(key)).toBe(value);
    expect(big.get('zzzzzzzz')).toBeUndefined();
    expect(big.get('0')).toBeUndefined();
  });
});
