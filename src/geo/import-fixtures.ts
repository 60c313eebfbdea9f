/**
 * Small import files written for the tests, in the layouts sitrep reads: an OCHA community table, a GeoNames
 * country dump and a GeoJSON of two districts. Names are real Syrian places; codes and coordinates are
 * rounded or made up, and two rows are broken on purpose (lines 8 and 9 of the table).
 */
const OCHA_HEADER = ['pcode', 'name_en', 'name_en_ref', 'name_ar', 'adm2_pcode', 'adm2_en', 'adm2_ar', 'adm1_pcode', 'adm1_en', 'adm1_ar', 'lat', 'lon', 'capital_level'];

export const OCHA_TABLE = [
  OCHA_HEADER,
  ['C9001', 'Kafr Nobol', 'Kafr Nobol', 'كفر نبل', 'SY0702', "Al Ma'ra", 'معرة النعمان', 'SY07', 'Idleb', 'إدلب', '35.6134', '36.5610', '3'],
  ['C9002', 'Tal Milh', 'Tal Milh', 'تل ملح', 'SY0505', 'Muhradah', 'محردة', 'SY05', 'Hama', 'حماة', '35.3061', '36.5196', ''],
  ['C9003', 'Jalma', 'Jalma', 'جلمة', 'SY0505', 'Muhradah', 'محردة', 'SY05', 'Hama', 'حماة', '35.3231', '36.4859', ''],
  ['C9004', 'Jalma', 'Jalma', 'جلمة', 'SY0203', 'Afrin', 'عفرين', 'SY02', 'Aleppo', 'حلب', '36.3532', '36.7697', ''],
  ['C9005', 'Maaret Elnaasan - Maaret Elhaski', 'Maaret Elnaasan - Maaret Elhaski', 'معرة النعسان_معرة الحسكي', 'SY0700', 'Idleb', 'إدلب', 'SY07', 'Idleb', 'إدلب', '36.0353', '36.8352', ''],
  ['C9006', 'Tawileh', 'Tawileh', 'الطويلة', 'SY0700', 'Idleb', 'إدلب', 'SY07', 'Idleb', 'إدلب', '35.9000', '36.7000', ''],
  ['C9007', 'Broken', 'Row'],
  ['C9008', 'Nowhere', 'Nowhere', '', 'SY0700', 'Idleb', 'إدلب', 'SY07', 'Idleb', 'إدلب', 'north', '36.1', ''],
]
  .map((row) => row.join('\t'))
  .join('\n');

function geonamesLine(id: number, name: string, alternates: string, lat: number, lon: number, featureClass: string, code: string, admin1: string, admin2: string, population: number): string {
  return [id, name, name, alternates, lat, lon, featureClass, code, 'SY', '', admin1, admin2, '', '', population, '', '300', 'Asia/Damascus', '2024-01-01'].join('\t');
}

export const GEONAMES_DUMP = [
  geonamesLine(9100001, 'Kafr Nubl', 'Kafranbel,Kafr Nabl,كفر نبل', 35.6135, 36.5612, 'P', 'PPL', '12', '9100100', 15000),
  geonamesLine(9100002, 'Jabal az Zawiyah', 'Jebel Zawiya', 35.68, 36.52, 'T', 'MT', '12', '', 0),
  geonamesLine(9100100, "Mintaqat Ma'arrat an Nu'man", "Maarrat al-Nu'man District,منطقة معرة النعمان", 35.6, 36.6, 'A', 'ADM2', '12', '9100100', 0),
  'not\ta\tgeonames\tline',
  geonamesLine(9100003, 'Sarjah', 'Sarja', 95.5, 36.6, 'P', 'PPL', '12', '', 0),
].join('\n');

const square = (west: number, south: number, east: number, north: number): number[][] => [[west, south], [east, south], [east, north], [west, north], [west, south]];

export const DISTRICTS_GEOJSON = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { ADM2_EN: 'Muhradah', ADM2_PCODE: 'SY0505', ADM1_EN: 'Hama', ADM1_PCODE: 'SY05' }, geometry: { type: 'Polygon', coordinates: [square(36.3, 35.2, 36.6, 35.5)] } },
    { type: 'Feature', properties: { ADM2_EN: "Al Ma'ra", ADM2_PCODE: 'SY0702', ADM1_EN: 'Idleb', ADM1_PCODE: 'SY07' }, geometry: { type: 'MultiPolygon', coordinates: [[square(36.4, 35.5, 36.8, 35.75)]] } },
    { type: 'Feature', properties: { ADM2_EN: 'Nameless point' }, geometry: { type: 'Point', coordinates: [36, 35] } },
  ],
});
