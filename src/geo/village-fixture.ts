import type { AdminUnit, CountryInfo } from './gazetteer.ts';
import { createMemoryGazetteer, type MemoryPlace } from './memory-gazetteer.ts';

/**
 * Made-up villages (names and points invented) in real Syrian provinces, with district codes and seats:
 * what the village-level rules need and the small Syria fixture does not have.
 */
function village(id: string, name: string, admin1: string, admin2: string, lat: number, lon: number, feature = 'PPL', alternateNames: string[] = []): MemoryPlace {
  return { id: `village:${id}`, name, latitude: lat, longitude: lon, countryCode: 'SY', feature, admin1Code: admin1, admin2Code: admin2, population: 0, source: 'test', alternateNames };
}

const PLACES: readonly MemoryPlace[] = [
  { ...village('aleppo', 'Aleppo', '09', 'D1', 36.2, 37.16, 'PPLA'), population: 1_500_000 },
  village('kefraya', 'Kefraya', '09', 'D1', 36.1, 36.9, 'PPLA3'),
  village('bsaida', 'Bsaida', '09', 'D2', 36.5, 37.0),
  village('lower-mrah', 'Lower Mrah', '10', 'D3', 35.5, 36.4),
  village('suwayr', 'Suwayr', '10', 'D3', 35.4, 36.5, 'PPLA2'),
  village('suwayr-2', 'Suwayr', '09', 'D2', 36.4, 37.1),
  // A larger namesake abroad; a province of that name in a third country.
  { ...village('suwayr-lb', 'Suwayr', '01', 'X', 33.9, 35.6, 'PPL'), countryCode: 'LB', admin2Code: null, population: 80_000 },
];

const ADMINS: readonly AdminUnit[] = [
  { countryCode: 'SY', code: '09', name: 'Aleppo', aliases: [], level: 1 },
  { countryCode: 'SY', code: '10', name: 'Hama', aliases: [], level: 1 },
  { countryCode: 'SY', code: '09.D1', name: 'Jabal Kefraya', aliases: [], level: 2 },
  { countryCode: 'SY', code: '09.D2', name: 'Bsaida Plain', aliases: [], level: 2 },
  { countryCode: 'SY', code: '10.D3', name: 'Mrah', aliases: [], level: 2 },
  { countryCode: 'TR', code: '99', name: 'Suwayr', aliases: [], level: 1 },
];

const COUNTRIES: readonly CountryInfo[] = [
  { code: 'SY', iso3: 'SYR', name: 'Syria', aliases: [] },
  { code: 'TR', iso3: 'TUR', name: 'Turkey', aliases: [] },
];

export const villageGazetteer = createMemoryGazetteer({ places: PLACES, countries: COUNTRIES, admins: ADMINS });
