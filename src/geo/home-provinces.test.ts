import { describe, expect, it } from 'vitest';
import type { GazetteerPlace } from './gazetteer.ts';
import { HomeProvinces } from './home-provinces.ts';

const place = (id: string, countryCode: string, admin1Code: string | null): GazetteerPlace => ({
  id, name: id, latitude: 0, longitude: 0, countryCode, feature: 'PPL', admin1Code, admin2Code: null, population: 1000, source: 'test',
});

const mansfield = place('mansfield', 'US', 'LA');
const keithville = place('keithville', 'US', 'LA');
const stonewall = place('stonewall', 'US', 'LA');
const mansfieldOhio = place('mansfield-oh', 'US', 'OH');
const home = new HomeProvinces([mansfield, keithville, stonewall, keithville, mansfieldOhio, place('nowhere', 'US', null)]);

describe('HomeProvinces', () => {
  const table: readonly (readonly [string, GazetteerPlace, string | undefined, number])[] = [
    ['a candidate among settled places counts the others', mansfield, undefined, 2],
    ['a place settled twice counts once', place('logansport', 'US', 'LA'), undefined, 3],
    ["the mention's own first reading does not count", place('logansport', 'US', 'LA'), 'keithville', 2],
    ['a candidate in a province with one other place', place('ashland', 'US', 'OH'), undefined, 1],
    ['a candidate alone in its province', mansfieldOhio, undefined, 0],
    ['no province, no count', place('x', 'US', null), undefined, 0],
    ['another country with the same province code', place('y', 'CA', 'LA'), undefined, 0],
  ];
  it.each(table)('%s', (_, candidate, except, count) => {
    expect(home.others(candidate, except)).toBe(count);
  });
});

describe('HomeProvinces.holds', () => {
  it('says which provinces and countries hold a settled place', () => {
    expect([home.holds('US.LA'), home.holds('US.OH'), home.holds('US.TX'), home.holds('CA.LA')]).toEqual([true, true, false, false]);
    expect([home.holdsCountry('US'), home.holdsCountry('CA')]).toEqual([true, false]);
  });
});
