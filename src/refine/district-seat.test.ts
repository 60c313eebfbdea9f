import { describe, expect, it } from 'vitest';
import { villageGazetteer } from '../geo/village-fixture.ts';
import { districtSeat } from './district-seat.ts';

describe('districtSeat', () => {
  const SY = new Set(['SY']);
  const ALEPPO = new Set(['SY.09']);
  const NONE = new Set<string>();
  const table: readonly (readonly [string, ReadonlySet<string>, string | null, ReadonlySet<string>])[] = [
    ['Kefraya', SY, 'village:kefraya', NONE],
    ['Kefraya', new Set(), 'village:kefraya', NONE],
    // One spelling step from a seat, in a report naming its province.
    ['Kafraya', SY, 'village:kefraya', ALEPPO],
    // Negative rows: a name the district table knows, a town that is no seat, a report about another country.
    ['Mrah', SY, null, NONE],
    ['Bsaida', SY, null, NONE],
    ['Kefraya', new Set(['TR']), null, NONE],
    // A near spelling is not trusted in a report that names no province, or only another one.
    ['Kafraya', SY, null, NONE],
    ['Kafraya', SY, null, new Set(['SY.10'])],
  ];
  it.each(table)('%s', (name, countries, expected, provinces) => {
    expect(districtSeat(villageGazetteer, name, countries, provinces)?.id ?? null).toBe(expected);
  });

  it('takes a seat whose namesakes are plain villages', () => {
    expect(districtSeat(villageGazetteer, 'Suwayr', new Set(['SY']))?.id).toBe('village:suwayr');
  });
});
