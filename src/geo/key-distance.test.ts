import { describe, expect, it } from 'vitest';
import { KeyDistance } from './key-distance.ts';
import { editDistance } from './place-key.ts';

describe('KeyDistance', () => {
  const table: readonly (readonly [string, string, number])[] = [
    ['idlib', 'idleb', 1],
    ['maratnuman', 'marratnuman', 1],
    ['kafrnabl', 'kafranbel', 3],
    ['abc', 'abc', 0],
    ['abc', '', 3],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['flaw', 'lawn', 2],
    // Longer than one machine word: the table method answers.
    ['abcdefghijklmnopqrstuvwxyz0123456789', 'abcdefghijklmnopqrstuvwxyz012345678', 1],
    ['abcdefghijklmnopqrstuvwxyz012345', 'bcdefghijklmnopqrstuvwxyz0123456', 2],
  ];
  it.each(table)('%s / %s', (a, b, expected) => {
    expect(new KeyDistance(a).to(`  ${b}  `, 2, 2 + b.length, 10)).toBe(expected);
  });

  // One comparer reused, as a look-up does: each key given as bytes in a longer buffer, after a longer key.
  const reused = new KeyDistance('a much longer key than any of the table, 40');
  it.each(table)('%s / %s, the key as bytes', (a, b, expected) => {
    const bytes = Buffer.from(`##${a}##`, 'latin1');
    const other = Buffer.from(b, 'latin1');
    expect(reused.resetBytes(bytes, 2, 2 + a.length).toBytes(other, 0, other.length, 10)).toBe(expected);
  });

  it('agrees with the table method on made-up keys, up to the limit', () => {
    let seed = 7;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const word = (): string => Array.from({ length: 1 + Math.floor(random() * 14) }, () => 'abdeilmnr'[Math.floor(random() * 9)]).join('');
    for (let i = 0; i < 2000; i += 1) {
      const a = word();
      const b = word();
      const limit = 1 + (i % 3);
      const expected = Math.min(editDistance(a, b), limit + 1);
      expect(Math.min(new KeyDistance(a).to(b, 0, b.length, limit), limit + 1)).toBe(expected);
    }
  });
});
