import { describe, expect, it } from 'vitest';
import { createMemoryGazetteer, type MemoryPlace } from '../geo/memory-gazetteer.ts';
import { resolvedPlaces } from '../test-support/resolved-places.ts';

// A capital whose name is also the name of a province other than the one it lies in (as the department of
// Paris is not the region GeoNames puts the city in), a seat of some size in the same position, state
// capitals, a Texan namesake of the capital, and the national capital with a namesake in a small state seat.
const place = (name: string, countryCode: string, admin1Code: string, population: number, feature: string, latitude: number, longitude: number): MemoryPlace => ({
  id: `t:${name}-${countryCode}`, name, latitude, longitude, countryCode, feature, admin1Code, admin2Code: null, population, source: 'test',
});
const gazetteer = createMemoryGazetteer({
  places: [
    place('Paris', 'FR', '11', 2100000, 'PPLC', 48.85, 2.35),
    place('Vienne', 'FR', '84', 200000, 'PPLA2', 45.52, 4.87),
    place('Austin', 'US', 'TX', 950000, 'PPLA', 30.27, -97.74),
    place('Paris', 'US', 'TX', 25000, 'PPLA2', 33.66, -95.56),
    place('Dallas', 'US', 'TX', 1300000, 'PPLA2', 32.78, -96.8),
    place('Trenton', 'US', 'NJ', 84000, 'PPLA', 40.22, -74.76),
    place('Washington', 'US', 'DC', 690000, 'PPLC', 38.9, -77.04),
    { ...place('Washington', 'US', 'NC', 9800, 'PPLA2', 35.55, -77.05), id: 't:Washington-NC' },
  ],
  countries: [
    { code: 'FR', iso3: 'FRA', name: 'France', aliases: [] },
    { code: 'US', iso3: 'USA', name: 'United States', aliases: [] },
  ],
  admins: [
    { countryCode: 'FR', code: '11', name: 'Ile-de-France', aliases: [], level: 1 },
    { countryCode: 'FR', code: '75', name: 'Paris', aliases: [], level: 1 },
    { countryCode: 'FR', code: '86', name: 'Vienne', aliases: [], level: 1 },
    { countryCode: 'US', code: 'TX', name: 'Texas', aliases: [], level: 1 },
    { countryCode: 'US', code: 'NJ', name: 'New Jersey', aliases: [], level: 1 },
    { countryCode: 'US', code: 'NC', name: 'North Carolina', aliases: [], level: 1 },
    { countryCode: 'US', code: 'DC', name: 'District of Columbia', aliases: [], level: 1 },
  ],
});

function resolved(text: string): string[] {
  return resolvedPlaces(gazetteer, text).map((m) => `${text.slice(m.span.start, m.span.end)}|${m.level}|${m.iso3}|${m.latitude === null ? 'no-point' : 'point'}`);
}

describe('great cities', () => {
  const table: readonly (readonly [string, readonly string[]])[] = [
    // The capital's name names a province of its own country too: the sentence is still about the city.
    ['Ministers met in Paris on Monday.', ['Paris|town|FRA|point']],
    // A state capital in a sentence that names another state is no namesake in that state.
    ['A New Jersey woman said she was bitten while visiting Austin.', ['New Jersey|admin1|USA|no-point', 'Austin|town|USA|point']],
    // "Paris" in a report that names Texas elsewhere: the Texan town, by its state.
    ['Rain fell across Texas. Observers went to Paris on Monday.', ['Texas|admin1|USA|no-point', 'Paris|town|USA|point']],
    // So does a seat of some size whose name is also its own unit's ("Glasgow", "Nottingham").
    ['Farmers met in Vienne on Monday.', ['Vienne|town|FRA|point']],
    // Negative row: a state capital short of great in a sentence naming another state of its country is a
    // namesake there.
    ['A Texas woman said she was bitten while visiting Trenton.', ['Texas|admin1|USA|no-point', 'Trenton|town|USA|no-point']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(resolved(text)).toEqual(expected);
  });
});

describe('the capital of the report country', () => {
  it('is meant by its bare name over a namesake in a province the report names', () => {
    const text = 'People in Texas and North Carolina saw the light. An astronomer in Washington said it was a meteor.';
    const washington = resolvedPlaces(gazetteer, text).find((m) => m.name === 'Washington');
    expect(washington?.admin1).toBe('District of Columbia');
  });

  it('does not outweigh the province the name is written with', () => {
    const text = 'Flooding closed roads in Washington, North Carolina, on Monday.';
    expect(resolvedPlaces(gazetteer, text).find((m) => m.name === 'Washington')?.admin1).toBe('North Carolina');
  });
});
