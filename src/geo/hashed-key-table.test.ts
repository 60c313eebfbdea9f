import { describe, expect, it } from 'vitest';
import { HashedKeyTable } from './hashed-key-table.ts';

const table = HashedKeyTable.fromEntries([
  ['idlib', '12.450,7.120'],
  ['idli', '3.100'],
  ['hama', '40.900'],
  ['a', 'one letter'],
  ['maratnuman', ''],
]);

describe('HashedKeyTable', () => {
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

  it('finds a key given as bytes of another buffer, and reads values in place', () => {
    const source = Buffer.from('xx hama idl', 'latin1');
    const line = table.findBytes(source, 3, 7);
    expect(table.bytes.toString('latin1', table.valueStart(line), table.valueEnd(line))).toBe('40.900');
    expect(table.findBytes(source, 8, 11)).toBe(-1);
  });

  it('reads a file without a final line break, and keeps the first of a key written twice', () => {
    const odd = new HashedKeyTable(Buffer.from('b\tx\nb\tz\nc\ty'));
    expect([odd.get('b'), odd.get('c'), odd.size]).toEqual(['x', 'y', 3]);
  });

  it('finds every key of a large table, and no other', () => {
    const many = Array.from({ length: 5000 }, (_, i): [string, string] => [(i * 7919).toString(36).slice(0, 1 + (i % 6)) + String(i % 10), String(i)]);
    const unique = [...new Map(many)];
    const big = HashedKeyTable.fromEntries(unique);
    for (const [key, value] of unique) expect(big.get(key)).toBe(value);
    expect(big.get('zzzzzzzz')).toBeUndefined();
    expect([...big.entries()].length).toBe(unique.length);
  });
});
