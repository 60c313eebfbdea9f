import { describe, expect, it } from 'vitest';
import { createMemoryGazetteer } from '../geo/memory-gazetteer.ts';
import { NAMESAKE_ADMINS, NAMESAKE_COUNTRIES, NAMESAKE_PLACES } from '../geo/namesakes-fixture.ts';
import { embeddedProvinces } from './embedded-provinces.ts';
import { resolvedPlaces } from '../test-support/resolved-places.ts';

const newYorkCity = { ...NAMESAKE_PLACES[0]!, id: 'fixture:nyc', name: 'New York City', admin1Code: 'NY', latitude: 40.71, longitude: -74.01 };
const gazetteer = createMemoryGazetteer({ places: [...NAMESAKE_PLACES, newYorkCity], countries: NAMESAKE_COUNTRIES, admins: NAMESAKE_ADMINS });

describe('embeddedProvinces', () => {
  const table: readonly (readonly [string, readonly string[]])[] = [
    ['Agents of the Georgia Bureau of Investigation searched the house.', ['US.GA']],
    ['The New York State Police closed the road.', ['US.NY']],
    ['She studies at the University of Maryland.', ['US.MD', 'LR.17']],
    ['A California Highway Patrol report said so.', ['US.CA']],
    // Negative rows: a bare province is a place mention, not an embedded one; a town named after a province;
    // a province after "of" with no organisation before it.
    ['Storms hit Georgia overnight.', []],
    ['Flights from New York City resumed.', []],
    ['Rain fell on the south of Maryland.', []],
    // Streets named after states: "Georgia Avenue", "Maryland St."
    ['A water main broke under Georgia Avenue near Maryland St. on Monday.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect([...embeddedProvinces(gazetteer, text)].sort()).toEqual([...expected].sort());
  });
});

function resolved(text: string): string[] {
  return resolvedPlaces(gazetteer, text)
    .map((m) => `${text.slice(m.span.start, m.span.end)}|${m.level}|${m.admin1 ?? '-'}|${m.iso3}`);
}

describe('resolve-places with provinces named inside organisations', () => {
  const table: readonly (readonly [string, readonly string[]])[] = [
    ['Agents of the Georgia Bureau of Investigation searched a home in Athens.', ['Athens|town|Georgia|USA']],
    ['Tourists crowded Athens, a Georgia State Patrol spokesman said while on holiday.', ['Athens|town|Georgia|USA']],
    // Negative row: with no organisation naming a state, the larger namesake stands.
    ['Tourists crowded Athens on Monday.', ['Athens|town|-|GRC']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(resolved(text)).toEqual(expected);
  });
});
