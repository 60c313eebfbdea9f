import { describe, expect, it } from 'vitest';
import type { Gazetteer } from './gazetteer.ts';

/**
 * What every Gazetteer must do, whatever stores its places. Implementations call this from their test
 * with a gazetteer that holds at least the Syrian places and units named below.
 */
export function describeGazetteerContract(label: string, load: () => Gazetteer): void {
  describe(`Gazetteer contract: ${label}`, () => {
    const nameTable: readonly (readonly [string, string | null])[] = [
      ['Idlib', 'SY.12'],
      ['Idleb', 'SY.12'],
      ['IDLIB', 'SY.12'],
      ['Aleppo', 'SY.09'],
      ['Damascus', 'SY.13'],
      ['Deir ez-Zor', 'SY.07'],
      ['Dayr az Zawr', 'SY.07'],
      ['Maarat al-Numan', 'SY.12'],
      ["Ma'arrat an Nu'man", 'SY.12'],
      ['Maarrat al-Nu’man', 'SY.12'],
      ['', null],
      ['   ', null],
      ['Qwxzzvrt', null],
    ];
    it.each(nameTable)('lookup(%j) puts the expected place first', (name, expected) => {
      const first = load().lookup(name)[0];
      expect(first ? `${first.countryCode}.${first.admin1Code}` : null).toBe(expected);
    });

    it('ranks the same spelling before a near spelling, and reports the distance', () => {
      const matches = load().match('Idleb');
      expect(matches[0]?.place.name).toMatch(/Idlib/);
      for (let i = 1; i < matches.length; i += 1) expect(matches[i]!.distance).toBeGreaterThanOrEqual(matches[i - 1]!.distance);
    });

    it('returns places with coordinates, feature and source', () => {
      const place = load().lookup('Aleppo')[0]!;
      expect(place.latitude).toBeCloseTo(36.2, 0);
      expect(place.longitude).toBeCloseTo(37.15, 0);
      expect(place.feature).toMatch(/^PPL/);
      expect(place.source.length).toBeGreaterThan(0);
    });

    const countryTable: readonly (readonly [string, string | null])[] = [
      ['Syria', 'SY'],
      ['Syrian Arab Republic', 'SY'],
      ['syria', 'SY'],
      ['Syrian', null],
      ['Atlantis', null],
    ];
    it.each(countryTable)('countryByName(%j)', (name, code) => {
      expect(load().countryByName(name)?.code ?? null).toBe(code);
    });

    it('country(code) gives iso3 and name', () => {
      expect(load().country('SY')).toMatchObject({ code: 'SY', iso3: 'SYR', name: 'Syria' });
      expect(load().country('ZZ')).toBeNull();
    });

    const admin1Table: readonly (readonly [string, string | undefined, string | null])[] = [
      ['Idlib', undefined, '12'],
      ['Idlib Governorate', 'SY', '12'],
      ['Idleb', 'SY', '12'],
      ['Hama', 'SY', '10'],
      ['Hama Province', undefined, '10'],
      ['Rif Dimashq', 'SY', '08'],
      ['Idlib', 'TR', null],
      ['Nowhere Province', undefined, null],
    ];
    it.each(admin1Table)('admin1ByName(%j, %j)', (name, country, code) => {
      expect(load().admin1ByName(name, country)[0]?.code ?? null).toBe(code);
    });

    it('admin1(country, code) and admin2 of unknown codes', () => {
      expect(load().admin1('SY', '10')?.name).toBe('Hama');
      expect(load().admin1('SY', '99')).toBeNull();
      expect(load().admin2('SY', '10', 'nope')).toBeNull();
    });
  });
}
