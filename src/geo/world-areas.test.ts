import { describe, expect, it } from 'vitest';
import { worldArea, worldAreaByKey } from './world-areas.ts';

describe('world areas', () => {
  const table: readonly (readonly [string, string | null, string | null])[] = [
    ['Europe', 'europe', null],
    ['the Middle East', 'middle east', null],
    ['Mideast', 'middle east', null],
    ['West Africa', 'west africa', null],
    ['Darfur', 'darfur', 'SD'],
    ["Asia's", 'asia', null],
    // Negative rows: countries, seas and towns are not areas.
    ['South Africa', null, null],
    ['Mediterranean', null, null],
    ['Paris', null, null],
  ];
  it.each(table)('%s', (phrase, key, within) => {
    const area = worldArea(phrase);
    expect(area?.key ?? null).toBe(key);
    if (area) expect(area.within).toBe(within);
  });

  it('holds the countries a reader would put there, transcontinental ones in both continents', () => {
    expect(worldAreaByKey('europe')!.countries.has('FR')).toBe(true);
    expect(worldAreaByKey('europe')!.countries.has('RU')).toBe(true);
    expect(worldAreaByKey('asia')!.countries.has('RU')).toBe(true);
    expect(worldAreaByKey('asia')!.countries.has('FR')).toBe(false);
    expect(worldAreaByKey('west africa')!.countries.has('KE')).toBe(false);
    expect(worldAreaByKey('nowhere')).toBeNull();
  });
});
