import { describe, expect, it } from 'vitest';
import { createMemoryGazetteer, type MemoryPlace } from '../../geo/memory-gazetteer.ts';
import { sentencePlaces } from '../../test-support/sentence-places.ts';

const town = (name: string, countryCode: string, population: number): MemoryPlace => ({
  id: `t:${name}`, name, latitude: 0, longitude: 0, countryCode, feature: 'PPL', admin1Code: '01', admin2Code: null, population, source: 'test',
});
const gazetteer = createMemoryGazetteer({
  places: [town('Port-au-Prince', 'HT', 1200000), town('Port', 'FR', 900), town('Kirkland', 'US', 90000)],
  countries: [{ code: 'HT', iso3: 'HTI', name: 'Haiti', aliases: [] }],
  admins: [],
});

const places = (text: string): string[] => sentencePlaces(gazetteer, text).map(({ quote, place }) => `${quote}|${place.name}`);

describe('a place named before a title', () => {
  const table: readonly (readonly [string, readonly string[]])[] = [
    ['Kirkland Mayor Joan Reed spoke.', ['Kirkland|Kirkland']],
    ['Haiti Prime Minister Ann Roe spoke.', ['Haiti|Haiti']],
    // A title word inside a town's own name does not cut it.
    ['Cholera reached Port-au-Prince on Monday.', ['Port-au-Prince|Port-au-Prince']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});
