import { describe, expect, it } from 'vitest';
import { parseCsv } from '../ingest/csv.ts';
import { csvField, csvLine } from './csv-line.ts';

describe('csvField', () => {
  it.each<[string | number | null, string]>([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    [' padded', '" padded"'],
    ['', ''],
    [null, ''],
    [0, '0'],
    [-12.5, '-12.5'],
    [Number.NaN, ''],
  ])('%j -> %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('round-trips through the CSV reader', () => {
    const row = ['id,1', 'He said "stop"', 'line\nbreak', '', 'ünïcode'];
    expect(parseCsv(csvLine(row) + csvLine(['x', 'y', 'z', 'w', 'v']))).toEqual([row, ['x', 'y', 'z', 'w', 'v']]);
  });
});
