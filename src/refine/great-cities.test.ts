import { describe, expect, it } from 'vitest';
import { createMemoryGazetteer, type MemoryPlace } from '../geo/memory-gazetteer.ts';
import { resolvedPlaces } from '../test-support/resolved-places.ts';

// A capital whose name is also the name of a province other than the one it lies in (as the department of
// Paris is not the region GeoNames puts the city in), and a seat of some size in the same position.
const place = (name: string, admin1Code: string, population: number, feature: string): MemoryPlace => ({
  id: `t:${name}`, name, latitude: 48.85, longitude: 2.35, countryCode: 'FR', feature, admin1Code, admin2Code: null, population, source: 'test',
});
const gazetteer = createMemoryGazetteer({
  places: [place('Paris', '11', 2100000, 'PPLC'), place('Vienne', '84', 200000, 'PPLA2')],
  countries: [{ code: 'FR', iso3: 'FRA', name: 'France', aliases: [] }],
  admins: [
    { countryCode: 'FR', code: '11', name: 'Ile-de-France', aliases: [], level: 1 },
    { countryCode: 'FR', code: '75', name: 'Paris', aliases: [], level: 1 },
    { countryCode: 'FR', code: '86', name: 'Vienne', aliases: [], level: 1 },
  ],
});

describe('a great city whose name also names a province', () => {
  const table: readonly (readonly [string, string])[] = [
    ['Ministers met in Paris on Monday.', 'Paris|town|point'],
    // Negative row: a city short of great in the same position keeps no point the province's name would contradict.
    ['Farmers met in Vienne on Monday.', 'Vienne|town|no-point'],
  ];
  it.each(table)('%s', (text, expected) => {
    const m = resolvedPlaces(gazetteer, text)[0]!;
    expect(`${text.slice(m.span.start, m.span.end)}|${m.level}|${m.latitude === null ? 'no-point' : 'point'}`).toBe(expected);
  });
});
