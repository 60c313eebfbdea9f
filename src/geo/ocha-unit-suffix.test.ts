import { describe, expect, it } from 'vitest';
import { withoutUnitName } from './ocha-unit-suffix.ts';

describe('names with their unit written after them', () => {
  const table: readonly (readonly [string, readonly string[], readonly string[]])[] = [
    ['Rumeila Tal Hadid', ['Tal Hadid', 'Qamishli'], ['Rumeila']],
    ['Sfeira Amuda', ['Amuda', 'Qamishli'], ['Sfeira']],
    ['Beit Jaber / Tartous', ['Sheikh Badr', 'Tartous'], ['Beit Jaber']],
    // "Tall" and "Tal", "-eh" and "-a" spell the same unit.
    ['Qubbeh Tall Hadideh', ['Tal Hadida'], ['Qubbeh']],
    // Negative rows: the name is the unit's own, the last word is only part of the unit's name, no unit given.
    ['Tal Hadid', ['Tal Hadid'], []],
    ['Bir Hadid', ['Tal Hadid'], []],
    ['Rumeila Tal Hadid', [], []],
  ];
  it.each(table)('%s', (name, units, expected) => {
    expect(withoutUnitName(name, units)).toEqual(expected);
  });
});
