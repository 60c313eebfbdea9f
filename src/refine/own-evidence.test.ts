import { describe, expect, it } from 'vitest';
import { createMemoryGazetteer, type MemoryPlace } from '../geo/memory-gazetteer.ts';
import { resolvedPlaces } from '../test-support/resolved-places.ts';

// A city that shares its name with a small province abroad, and a town of that province (Port Antonio stays
// in the table as a Jamaican place no sentence names).
const place = (name: string, countryCode: string, admin1Code: string, population: number, feature: string): MemoryPlace => ({
  id: `t:${name}-${countryCode}`, name, latitude: 0, longitude: 0, countryCode, feature, admin1Code, admin2Code: null, population, source: 'test',
});
const gazetteer = createMemoryGazetteer({
  places: [place('Portland', 'US', 'OR', 650000, 'PPLA2'), place('Port Antonio', 'JM', '07', 14000, 'PPLA')],
  countries: [
    { code: 'US', iso3: 'USA', name: 'United States', aliases: [] },
    { code: 'JM', iso3: 'JAM', name: 'Jamaica', aliases: [] },
  ],
  admins: [
    { countryCode: 'US', code: 'OR', name: 'Oregon', aliases: [], level: 1 },
    { countryCode: 'JM', code: '07', name: 'Portland', aliases: [], level: 1 },
  ],
});

function resolved(text: string): string[] {
  return resolvedPlaces(gazetteer, text).map((m) => `${text.slice(m.span.start, m.span.end)}|${m.level}|${m.iso3}`);
}

describe("a name's own province readings are no evidence for it", () => {
  const table: readonly (readonly [string, readonly string[]])[] = [
    // Only "Portland" itself says Jamaica: the city stands.
    ['Portland selectmen hired a lawyer. PORTLAND — The board met on Monday.', ['Portland|town|USA', 'PORTLAND|town|USA']],
    // Negative row: another name of the report says Jamaica, so the parish is meant.
    ['Jamaica braced for the storm. Rain fell across Portland on Monday.', ['Jamaica|country|JAM', 'Portland|admin1|JAM']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(resolved(text)).toEqual(expected);
  });
});
