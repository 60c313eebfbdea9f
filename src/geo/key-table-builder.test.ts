import { describe, expect, it } from 'vitest';
import { KeyTableBuilder } from './key-table-builder.ts';

const bytes = (text: string): Uint8Array => Buffer.from(text, 'latin1');

describe('KeyTableBuilder', () => {
  it('gives dense ids in the order keys are first added, the same id again for a key met again', () => {
    const table = new KeyTableBuilder();
    expect(['jalm', 'talmal', 'jalm', 'idl', 'talmal'].map((k) => table.intern(k))).toEqual([0, 1, 0, 2, 1]);
    expect(table.count).toBe(3);
    expect(table.length(1)).toBe(6);
  });

  it('finds a key written as bytes under the id its string got, and adds a new one after', () => {
    const table = new KeyTableBuilder();
    table.intern('kfrnbl');
    table.intern('mrtnmn');
    const source = bytes('xxkfrnblyy');
    expect(table.internBytes(source, 2, 8)).toBe(0);
    expect(table.internBytes(bytes('dyrzwr'), 0, 6)).toBe(2);
    expect(table.intern('dyrzwr')).toBe(2);
  });

  it('keeps every key through many rehashes and buffer growths', () => {
    const table = new KeyTableBuilder();
    const keys = Array.from({ length: 20_000 }, (_, i) => `k${i.toString(36)}${'z'.repeat(i % 7)}`);
    keys.forEach((k, i) => expect(table.intern(k)).toBe(i));
    keys.forEach((k, i) => expect(table.intern(k)).toBe(i));
    expect(table.count).toBe(keys.length);
  });

  it('packs the keys in a given order, each found at its new id', () => {
    const table = new KeyTableBuilder();
    for (const k of ['tal', 'jalm', 'idl', 'kfrnbl']) table.intern(k);
    const packed = table.packed(new Int32Array([2, 0, 3, 1]));
    expect([0, 1, 2, 3].map((id) => packed.key(id))).toEqual(['idl', 'tal', 'kfrnbl', 'jalm']);
    expect(packed.find('kfrnbl')).toBe(2);
    expect(packed.find('jalm')).toBe(3);
    expect(packed.find('absent')).toBe(-1);
    expect(table.packed().key(0)).toBe('tal');
  });
});
