import { describe, expect, it } from 'vitest';
import { createMemoryGazetteer, type MemoryPlace } from '../geo/memory-gazetteer.ts';
import { resolvedPlaces } from '../test-support/resolved-places.ts';

const town = (name: string, countryCode: string, admin1Code: string, population: number, latitude: number, longitude: number, feature = 'PPL', admin2Code: string | null = null): MemoryPlace => ({
  id: `t:${name}`, name, latitude, longitude, countryCode, feature, admin1Code, admin2Code, population, source: 'test',
});
const gazetteer = createMemoryGazetteer({
  places: [
    town('Lebanon', 'US', 'PA', 25000, 40.34, -76.41, 'PPLA2', '075'),
    town('Myerstown', 'US', 'PA', 3000, 40.37, -76.3),
    town('Pittsburgh', 'US', 'PA', 300000, 40.44, -79.99),
    town('Beirut', 'LB', 'BA', 1900000, 33.89, 35.5, 'PPLC'),
  ],
  countries: [
    { code: 'US', iso3: 'USA', name: 'United States', aliases: [] },
    { code: 'LB', iso3: 'LBN', name: 'Lebanon', aliases: [] },
  ],
  admins: [{ countryCode: 'US', code: 'PA', name: 'Pennsylvania', aliases: [], level: 1 }],
});

function resolved(text: string): string[] {
  return resolvedPlaces(gazetteer, text)
    .filter((m) => m.name === 'Lebanon')
    .map((m) => `${text.slice(m.span.start, m.span.end)}|${m.level}|${m.iso3}`);
}

describe("a country's name that is a town near the report's other places", () => {
  const table: readonly (readonly [string, readonly string[]])[] = [
    ['Services will be held in Lebanon. She leaves a sister in Myerstown, Pennsylvania, and a brother in Lebanon.',
      ['Lebanon|town|USA', 'Lebanon|town|USA']],
    // Words that use the name as a town's: its residents, an age and a home town, a dateline in capitals.
    ['A 36-year-old Lebanon man was arrested in Pittsburgh, Pennsylvania.', ['Lebanon|town|USA']],
    ['Terry Jolly, 60, Lebanon, was charged in Pittsburgh, Pennsylvania.', ['Lebanon|town|USA']],
    ['LEBANON — The Pennsylvania board met on Monday.', ['LEBANON|town|USA']],
    // A town inside a county the report names.
    ['Commissioners met in Lebanon, the seat of Lebanon County, on Monday.', ['Lebanon|town|USA', 'Lebanon|town|USA']],
    // Negative rows: no place of the report lies near the town; the report is about the country alone.
    ['Troops left Lebanon. Her son lives in Pittsburgh, Pennsylvania.', ['Lebanon|country|LBN']],
    ['Troops left Lebanon and Beirut was calm.', ['Lebanon|country|LBN']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(resolved(text)).toEqual(expected);
  });
});
