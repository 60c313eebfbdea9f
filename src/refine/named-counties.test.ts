import { describe, expect, it } from 'vitest';
import { createMemoryGazetteer, type MemoryPlace } from '../geo/memory-gazetteer.ts';
import { countyIndexOf, foldCountyName } from '../geo/county-names.ts';
import { resolvedPlaces } from '../test-support/resolved-places.ts';
import { namedCounties } from './named-counties.ts';

const empty = createMemoryGazetteer({ places: [] });

describe('namedCounties', () => {
  const table: readonly (readonly [string, readonly string[], readonly string[]])[] = [
    ['Deputies of the Rapides Parish sheriff searched the house.', ['US.LA.079'], ['US.LA']],
    ['The fire started in Butler County on Friday.', ['US.AL.013', 'US.IA.023', 'US.KS.015', 'US.KY.031', 'US.MO.023', 'US.NE.023', 'US.OH.017', 'US.PA.019'], []],
    ['Crews worked in Todd and Walker counties.', ['US.AL.127', 'US.GA.295', 'US.KY.219', 'US.MN.153', 'US.SD.121', 'US.TX.471'], []],
    ["Voters in Prince George's County and St. Joseph County went to the polls.", ['US.IN.141', 'US.MD.033', 'US.MI.149'], ['US.MD']],
    ['Flooding closed roads across Doña Ana County.', ['US.NM.013'], ['US.NM']],
    // Negative rows: a county road, the county with no name, a name no county bears, a singular word after a list.
    ['A truck overturned on County Road 35 near the county line.', [], []],
    ['Officials said that the county would pay.', [], []],
    ['Springtime County fair opened.', [], []],
  ];
  it.each(table)('%s', (text, districts, provinces) => {
    const found = namedCounties(empty, text);
    expect([...found.districts].sort()).toEqual(districts);
    expect([...found.provinces].sort()).toEqual(provinces);
  });

  it('reads Census county ids as district codes, leaving out independent cities and territories', () => {
    const geometries = [
      { id: '22079', properties: { name: 'Rapides' } },
      { id: '28033', properties: { name: 'DeSoto' } },
      { id: '12027', properties: { name: 'DeSoto' } },
      { id: '51760', properties: { name: 'Richmond' } },
      { id: '51159', properties: { name: 'Richmond' } },
      { id: '72127', properties: { name: 'San Juan' } },
    ];
    const index = countyIndexOf({ objects: { counties: { geometries } } });
    expect(Object.fromEntries(index)).toEqual({ rapides: ['US.LA.079'], desoto: ['US.MS.033', 'US.FL.027'], richmond: ['US.VA.159'] });
    expect(index.get(foldCountyName('De Soto'))).toEqual(['US.MS.033', 'US.FL.027']);
  });

  it('folds Saint, dots, apostrophes and hyphens', () => {
    expect(foldCountyName('St. Joseph')).toBe(foldCountyName('Saint Joseph'));
    expect(foldCountyName('Miami Dade')).toBe(foldCountyName('Miami-Dade'));
    expect(foldCountyName('Prince Georges')).toBe(foldCountyName("Prince George’s"));
  });
});

// Namesake towns in three states; the county a report names says which one it means.
function town(name: string, admin1Code: string, admin2Code: string, population: number, latitude: number, longitude: number): MemoryPlace {
  return { id: `fixture:${name}-${admin1Code}`, name, latitude, longitude, countryCode: 'US', feature: 'PPLA2', admin1Code, admin2Code, population, source: 'test' };
}
const gazetteer = createMemoryGazetteer({
  places: [
    town('Hamilton', 'OH', '017', 60000, 39.4, -84.56),
    town('Hamilton', 'AL', '093', 7000, 34.14, -87.99),
    town('Alexandria', 'VA', '510', 150000, 38.8, -77.05),
    town('Alexandria', 'LA', '079', 48000, 31.31, -92.45),
    town('Alexandria', 'MN', '041', 12000, 45.88, -95.38),
  ],
  countries: [{ code: 'US', iso3: 'USA', name: 'United States', aliases: [] }],
  admins: ['OH', 'AL', 'VA', 'LA', 'MN'].map((code) => ({ countryCode: 'US', code, name: code, aliases: [], level: 1 as const })),
});

describe('resolve-places with a named county', () => {
  const table: readonly (readonly [string, string])[] = [
    ['A man was arrested in Alexandria on Friday, the Rapides Parish sheriff said.', 'Alexandria|LA'],
    ['A crash closed a road north of Alexandria, Douglas County deputies said.', 'Alexandria|MN'],
    ['Butler County auditors met in Hamilton on Monday.', 'Hamilton|OH'],
    // Negative rows: no county named, the larger namesake stands; a county no namesake lies in changes nothing.
    ['A man was arrested in Alexandria on Friday.', 'Alexandria|VA'],
    ['A man was arrested in Alexandria on Friday, Orange County deputies said.', 'Alexandria|VA'],
  ];
  it.each(table)('%s', (text, expected) => {
    const town = resolvedPlaces(gazetteer, text).find((m) => m.level === 'town')!;
    expect(`${text.slice(town.span.start, town.span.end)}|${town.placeId?.split('-').at(-1)}`).toBe(expected);
  });
});
