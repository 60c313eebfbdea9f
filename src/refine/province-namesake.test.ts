import { describe, expect, it } from 'vitest';
import { createMemoryGazetteer, type MemoryPlace } from '../geo/memory-gazetteer.ts';
import { namesakeGazetteer } from '../geo/namesakes-fixture.ts';
import { resolvedPlaces } from '../test-support/resolved-places.ts';

const gazetteer = namesakeGazetteer();

function resolved(text: string): string[] {
  return resolvedPlaces(gazetteer, text)
    .map((m) => `${text.slice(m.span.start, m.span.end)}|${m.level}|${m.admin1 ?? '-'}|${m.iso3}`);
}

describe('provinces, states and countries that share a name', () => {
  const table: readonly (readonly [string, readonly string[]])[] = [
    // Georgia the US state in a report about its towns; the country in a report about its own.
    ['ATLANTA — Storms hit Georgia on Monday. Macon and Savannah lost power, and Athens schools closed.',
      ['ATLANTA|town|Georgia|USA', 'Georgia|admin1|Georgia|USA', 'Macon|town|Georgia|USA', 'Savannah|town|Georgia|USA', 'Athens|town|Georgia|USA']],
    ['TBILISI — Georgia held elections on Monday. Voters in Batumi and Kutaisi queued.',
      ['TBILISI|town|Tbilisi|GEO', 'Georgia|country|-|GEO', 'Batumi|town|-|GEO', 'Kutaisi|town|-|GEO']],
    // "north Georgia" named beside Atlanta: the settled town is in the US state, none in the country.
    ['Rain fell across north Georgia as storms moved toward metro Atlanta. North Georgia is no longer dry.',
      ['north Georgia|region|Georgia|USA', 'Atlanta|town|Georgia|USA', 'North Georgia|region|Georgia|USA']],
    // A province spelt as written beats a town the key folds to it ("Alberta" is not Albert).
    ['Wildfires spread across Alberta.', ['Alberta|admin1|Alberta|CAN']],
    // Maryland the state where the report is about Maryland's towns, not the Liberian county.
    ['Police in Rockville and Frederick said Maryland roads were closed.', ['Rockville|town|Maryland|USA', 'Frederick|town|Maryland|USA', 'Maryland|admin1|Maryland|USA']],
    // A province name beside the towns of its country is the province, not a Californian city.
    ['A firm from Toronto, Ontario, Canada won the bid.', ['Toronto|town|Ontario|CAN', 'Ontario|admin1|Ontario|CAN', 'Canada|country|-|CAN']],
    // A bare name spelt as a province and as a town of less than a million is the province.
    ['Schools closed across Ontario on Monday.', ['Ontario|admin1|Ontario|CAN']],
    // Negative row: a large town of the same name stays a town where nothing says otherwise.
    ['Farmers in Ontario, California lost crops.', ['Ontario|town|California|USA', 'California|admin1|California|USA']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(resolved(text)).toEqual(expected);
  });
});

describe('a small town spelt as a province of the report country', () => {
  const town = (name: string, countryCode: string, admin1Code: string, population: number, feature: string): MemoryPlace => ({
    id: `t:${name}-${countryCode}`, name, latitude: 0, longitude: 0, countryCode, feature, admin1Code, admin2Code: null, population, source: 'test',
  });
  const states = createMemoryGazetteer({
    // A village in New York, and a seat abroad large enough for the extractor to read the name as a town.
    places: [town('Florida', 'US', 'NY', 2800, 'PPL'), town('Florida', 'CU', '05', 120000, 'PPLA2'), town('Austin', 'US', 'TX', 950000, 'PPLA')],
    countries: [{ code: 'US', iso3: 'USA', name: 'United States', aliases: [] }, { code: 'CU', iso3: 'CUB', name: 'Cuba', aliases: [] }],
    admins: [
      { countryCode: 'US', code: 'TX', name: 'Texas', aliases: [], level: 1 },
      { countryCode: 'US', code: 'FL', name: 'Florida', aliases: [], level: 1 },
    ],
  });
  const table: readonly (readonly [string, readonly string[]])[] = [
    ['Cases were found in Texas and Florida, officials said.', ['Texas|admin1|Texas|USA', 'Florida|admin1|Florida|USA']],
    // Negative row: a large town of a province's name stays a town.
    ['Cases were found in Texas and in Austin, officials said.', ['Texas|admin1|Texas|USA', 'Austin|town|Texas|USA']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(resolvedPlaces(states, text).map((m) => `${text.slice(m.span.start, m.span.end)}|${m.level}|${m.admin1 ?? '-'}|${m.iso3}`)).toEqual(expected);
  });
});
