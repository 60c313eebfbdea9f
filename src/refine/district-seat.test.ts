import { describe, expect, it } from 'vitest';
import { villageGazetteer } from '../geo/village-fixture.ts';
import { districtSeat } from './district-seat.ts';

describe('districtSeat', () => {
  const SY = new Set(['SY']);
  const table: readonly (readonly [string, ReadonlySet<string>, string | null])[] = [
    ['Kefraya', SY, 'village:kefraya'],
    ['Kefraya', new Set(), 'village:kefraya'],
    // One spelling step from a seat, in a report about its country.
    ['Kafraya', SY, 'village:kefraya'],
    // Negative rows: a name the district table knows, a town that is no seat, a report about another country.
    ['Mrah', SY, null],
    ['Bsaida', SY, null],
    ['Kefraya', new Set(['TR']), null],
    // A near spelling in a report that names no country is not trusted.
    ['Kafraya', new Set(), null],
  ];
  it.each(table)('%s', (name, countries, expected) => {
    expect(districtSeat(villageGazetteer, name, countries)?.id ?? null).toBe(expected);
  });

  it('takes a seat whose namesakes are plain villages', () => {
    expect(districtSeat(villageGazetteer, 'Suwayr', new Set(['SY']))?.id).toBe('village:suwayr');
  });
});
