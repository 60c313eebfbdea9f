import { describe, expect, it } from 'vitest';
import { parseGeonamesDump } from './geonames-dump.ts';

// One made-up GeoNames dump line (19 tab-separated columns).
const row = (id: string, name: string, alternates: readonly string[], featureClass: string, code: string, admin1 = '12', admin2 = ''): string =>
  [id, name, name, alternates.join(','), '35.6', '36.56', featureClass, code, 'SY', '', admin1, admin2, '', '', '15000', '', '480', 'Asia/Damascus', '2024-01-01'].join('\t');

// A town with more alternates than a list is searched through: doubles, Arabic script, codes and lower-case transcriptions.
const MANY = Array.from({ length: 20 }, (_, i) => `Kafr Nubl ${String.fromCharCode(65 + i)}`);
const TOWN = row('1001', 'Kafr Nubl', ['Kafranbel', 'Kafr Nabl', 'كفر نبل', 'Kafr Nabl', 'kfr nbl', 'KN', ...MANY, 'Kafr Nobol', 'Kafr Nubl C', 'Kafr Nubl', 'كفر نبل'], 'P', 'PPLA3');

describe('GeoNames dump rows', () => {
  it('keeps each name once in the order given, Arabic script after the Latin names, the own name left out', () => {
    const { places, problems } = parseGeonamesDump(`${TOWN}\n`);
    expect(problems).toEqual([]);
    expect(places).toHaveLength(1);
    expect(places[0]!.alternateNames).toEqual(['Kafranbel', 'Kafr Nabl', ...MANY, 'Kafr Nobol', 'كفر نبل']);
    expect(Object.keys(places[0]!)).toEqual(['id', 'name', 'latitude', 'longitude', 'countryCode', 'feature', 'admin1Code', 'admin2Code', 'population', 'source', 'alternateNames']);
  });

  it('reads districts and provinces as units with their other names, and leaves other features out', () => {
    const text = [row('2001', 'Maarrat al-Numan District', ['Mantiqat Maarrat al Numan', 'منطقة معرة النعمان'], 'A', 'ADM2', '12', '1203'), row('2002', 'Jabal az Zawiyah', ['Jabal Zawiya'], 'T', 'MT'), row('2003', 'No District', [], 'A', 'ADM2')].join('\r\n');
    const { places, admins } = parseGeonamesDump(text);
    expect(places).toEqual([]);
    expect(admins).toEqual([{ countryCode: 'SY', code: '12.1203', name: 'Maarrat al-Numan District', aliases: ['Mantiqat Maarrat al Numan', 'منطقة معرة النعمان'], level: 2 }]);
  });
});
