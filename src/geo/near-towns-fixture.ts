import { createMemoryGazetteer, type MemoryPlace } from './memory-gazetteer.ts';

// Towns whose names are shared across one country, for the tests of reading a report's towns together.
// Populations and points are made up; the larger namesake is always the wrong one.
function town(name: string, admin1Code: string, population: number, latitude: number, longitude: number, feature = 'PPL'): MemoryPlace {
  const id = `fixture:${name.toLowerCase().replace(/\W+/g, '-')}-${admin1Code.toLowerCase()}`;
  return { id, name, latitude, longitude, countryCode: 'US', feature, admin1Code, admin2Code: null, population, source: 'test' };
}

export const nearTownsGazetteer = createMemoryGazetteer({
  places: [
    town('Henderson', 'KY', 60000, 37.84, -87.59, 'PPLA2'),
    town('Henderson', 'NV', 20000, 36.04, -114.98),
    town('Boulder', 'CO', 100000, 40.01, -105.27, 'PPLA2'),
    town('Boulder City', 'NV', 15000, 35.98, -114.83),
    town('Salem', 'OR', 150000, 44.94, -123.04, 'PPLA'),
    town('Salem', 'CT', 4000, 41.49, -72.27),
    town('Colchester', 'CT', 15000, 41.58, -72.33),
    town('Colchester', 'VT', 17000, 44.54, -73.15),
  ],
  countries: [{ code: 'US', iso3: 'USA', name: 'United States', aliases: [] }],
  admins: [
    { countryCode: 'US', code: 'NV', name: 'Nevada', aliases: [], level: 1 },
    { countryCode: 'US', code: 'KY', name: 'Kentucky', aliases: [], level: 1 },
    { countryCode: 'US', code: 'CT', name: 'Connecticut', aliases: [], level: 1 },
    { countryCode: 'US', code: 'OR', name: 'Oregon', aliases: [], level: 1 },
  ],
});
