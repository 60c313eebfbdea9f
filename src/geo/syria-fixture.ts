import type { AdminUnit, CountryInfo } from './gazetteer.ts';
import type { MemoryPlace } from './memory-gazetteer.ts';

/**
 * A handful of real Syrian places and units (GeoNames coordinates, rounded), enough for the gazetteer
 * contract and for tests of extractors and refiners that must not load the 32 MB embedded file.
 */
function town(id: string, name: string, lat: number, lon: number, admin1: string, population: number, alternateNames: string[] = [], feature = 'PPL'): MemoryPlace {
  return { id: `test:${id}`, name, latitude: lat, longitude: lon, countryCode: 'SY', feature, admin1Code: admin1, admin2Code: null, population, source: 'test', alternateNames };
}

export const SYRIA_PLACES: readonly MemoryPlace[] = [
  town('idlib', 'Idlib', 35.93, 36.63, '12', 128840, ['Idleb', 'Edlib'], 'PPLA'),
  town('aleppo', 'Aleppo', 36.2, 37.16, '09', 1602264, ['Halab'], 'PPLA'),
  town('damascus', 'Damascus', 33.51, 36.29, '13', 1569394, ['Dimashq', 'Damas'], 'PPLC'),
  town('hama', 'Hamah', 35.13, 36.76, '10', 460602, ['Hama'], 'PPLA'),
  town('deir', 'Deir ez-Zor', 35.34, 40.14, '07', 242565, ['Dayr az Zawr', 'Deir Ezzor'], 'PPLA'),
  town('maarat', 'Ma‘arrat an Nu‘mān', 35.64, 36.67, '12', 58008, ["Ma'arrat al-Nu'man"], 'PPLA2'),
  town('kafranbel', 'Kafranbel', 35.61, 36.56, '12', 45652, ['Kafr Nabl']),
  town('jalma-hama', 'Jalma', 35.41, 36.5, '10', 1200, ['Jalmeh']),
  town('jalma-homs', 'Jalma', 34.7, 36.6, '11', 300, []),
  town('tal-milh', 'Tal Milh', 35.44, 36.45, '10', 900, ['Tell Malah']),
];

export const SYRIA_COUNTRIES: readonly CountryInfo[] = [
  { code: 'SY', iso3: 'SYR', name: 'Syria', aliases: ['Syrian Arab Republic'] },
  { code: 'TR', iso3: 'TUR', name: 'Turkey', aliases: ['Türkiye'] },
  { code: 'US', iso3: 'USA', name: 'United States', aliases: ['U.S.', 'USA'] },
];

function unit(code: string, name: string, aliases: string[] = []): AdminUnit {
  return { countryCode: 'SY', code, name, aliases, level: 1 };
}

export const SYRIA_ADMINS: readonly AdminUnit[] = [
  unit('12', 'Idlib', ['Idleb', 'Idlib Governorate']),
  unit('10', 'Hama', ['Hamah', 'Hama Governorate']),
  unit('09', 'Aleppo', ['Halab', 'Aleppo Governorate']),
  unit('13', 'Dimashq', ['Damascus', 'Damascus Governorate']),
  unit('08', 'Rif Dimashq', ['Rural Damascus', 'Rif-dimashq']),
  unit('07', 'Deir ez-Zor', ['Dayr az Zawr']),
  unit('11', 'Homs', ['Hims']),
];
