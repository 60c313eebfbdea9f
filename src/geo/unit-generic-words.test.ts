import { describe, expect, it } from 'vitest';
import { plainUnitName } from './unit-generic-words.ts';

describe('plainUnitName', () => {
  it.each([
    ['Okres Karlovy Vary', 'Karlovy Vary'],
    ['Kabupaten Sorong', 'Sorong'],
    ['Ansongo Cercle', 'Ansongo'],
    ['Municipio Sucre', 'Sucre'],
    ['Natchitoches Parish', 'Natchitoches'],
    ['Provincia di Cagliari', 'Cagliari'],
    ['Departamento de Pomán', 'Pomán'],
    ['Halifax Regional Municipality', 'Halifax'],
    ['Tando Mohammad Khan District', 'Tando Mohammad Khan'],
    ['Province de la Kossi', 'Kossi'],
    // Nothing generic, or nothing left but the generic word: the name as it is.
    ['Majz', 'Majz'],
    ['Kota', 'Kota'],
    ['District', 'District'],
  ])('%s → %s', (name, plain) => {
    expect(plainUnitName(name)).toBe(plain);
  });
});
