import { describe, expect, it } from 'vitest';
import { createMemoryGazetteer } from '../../geo/memory-gazetteer.ts';
import { placeReadings } from '../../test-support/sentence-places.ts';

const gazetteer = createMemoryGazetteer({
  places: [
    { id: 't:spb', name: 'Saint Petersburg', latitude: 59.94, longitude: 30.31, countryCode: 'RU', feature: 'PPLA', admin1Code: '66', admin2Code: null, population: 5000000, source: 'test', alternateNames: ['St. Petersburg'] },
    { id: 't:paul', name: 'Saint Paul', latitude: 44.94, longitude: -93.09, countryCode: 'US', feature: 'PPLA', admin1Code: 'MN', admin2Code: null, population: 285000, source: 'test', alternateNames: ['St. Paul'] },
  ],
  countries: [],
  admins: [
    { countryCode: 'RU', code: '66', name: 'St.-Petersburg', aliases: [], level: 1 },
    { countryCode: 'CV', code: '10', name: 'Paul', aliases: [], level: 1 },
  ],
});

const places = (text: string): string[] => placeReadings(gazetteer, text);

describe('names written with St., Mt.', () => {
  const table: readonly (readonly [string, readonly string[]])[] = [
    // The city of a province of the same name, written short, is the city.
    ['Flights to St. Petersburg resumed.', ['St. Petersburg|town|Saint Petersburg']],
    // The short word keeps the name whole: not "St" and a Cape Verdean county "Paul".
    ['Police in St. Paul said so.', ['St. Paul|town|Saint Paul']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});
