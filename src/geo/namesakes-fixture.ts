import type { AdminUnit, CountryInfo } from './gazetteer.ts';
import { createMemoryGazetteer, type MemoryPlace } from './memory-gazetteer.ts';

// Places and units whose names are shared between countries or between a town and a province, for the
// tests of reading provinces, states and countries from their names. Populations are made up.
function town(name: string, countryCode: string, admin1Code: string, population: number, latitude: number, longitude: number, feature = 'PPL'): MemoryPlace {
  const id = `fixture:${name.toLowerCase().replace(/\W+/g, '-')}-${countryCode}`;
  return { id, name, latitude, longitude, countryCode, feature, admin1Code, admin2Code: null, population, source: 'test' };
}

export const NAMESAKE_PLACES: readonly MemoryPlace[] = [
  town('Atlanta', 'US', 'GA', 500000, 33.75, -84.39, 'PPLA'),
  town('Macon', 'US', 'GA', 150000, 32.84, -83.63),
  town('Macon', 'FR', '27', 34000, 46.31, 4.83),
  town('Savannah', 'US', 'GA', 140000, 32.08, -81.1),
  town('Athens', 'GR', 'ESYE31', 660000, 37.98, 23.72, 'PPLC'),
  town('Athens', 'US', 'GA', 120000, 33.96, -83.38),
  town('Tbilisi', 'GE', 'TB', 1000000, 41.69, 44.83, 'PPLC'),
  town('Batumi', 'GE', 'AJ', 150000, 41.64, 41.63),
  town('Kutaisi', 'GE', 'IM', 140000, 42.27, 42.69),
  town('Rockville', 'US', 'MD', 60000, 39.08, -77.15),
  town('Frederick', 'US', 'MD', 70000, 39.41, -77.41),
  town('Toronto', 'CA', '08', 2600000, 43.7, -79.42, 'PPLA'),
  town('Ontario', 'US', 'CA', 170000, 34.06, -117.65),
  town('Albert', 'FR', '32', 10000, 50.0, 2.65),
  town('Red Deer', 'CA', '01', 100000, 52.27, -113.81),
  town('Pleasanton', 'US', 'CA', 70000, 37.66, -121.87),
  town('Maryland', 'ZA', '06', 2000, -26.0, 28.0),
];

export const NAMESAKE_COUNTRIES: readonly CountryInfo[] = [
  { code: 'US', iso3: 'USA', name: 'United States', aliases: ['U.S.', 'US', 'United States of America'] },
  { code: 'CA', iso3: 'CAN', name: 'Canada', aliases: [] },
  { code: 'GE', iso3: 'GEO', name: 'Georgia', aliases: [] },
  { code: 'GR', iso3: 'GRC', name: 'Greece', aliases: [] },
  { code: 'FR', iso3: 'FRA', name: 'France', aliases: [] },
  { code: 'LR', iso3: 'LBR', name: 'Liberia', aliases: [] },
  { code: 'ZA', iso3: 'ZAF', name: 'South Africa', aliases: [] },
];

const unit = (countryCode: string, code: string, name: string): AdminUnit => ({ countryCode, code, name, aliases: [], level: 1 });
export const NAMESAKE_ADMINS: readonly AdminUnit[] = [
  unit('US', 'GA', 'Georgia'),
  unit('US', 'MD', 'Maryland'),
  unit('US', 'CA', 'California'),
  unit('US', 'NY', 'New York'),
  unit('LR', '17', 'Maryland'),
  unit('CA', '01', 'Alberta'),
  unit('CA', '08', 'Ontario'),
  unit('GE', 'TB', 'Tbilisi'),
];

export function namesakeGazetteer(): ReturnType<typeof createMemoryGazetteer> {
  return createMemoryGazetteer({ places: NAMESAKE_PLACES, countries: NAMESAKE_COUNTRIES, admins: NAMESAKE_ADMINS });
}
