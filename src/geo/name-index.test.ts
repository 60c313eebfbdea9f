import { describe, expect, it } from 'vitest';
import type { Gazetteer } from './gazetteer.ts';
import { createMemoryGazetteer, type MemoryPlace } from './memory-gazetteer.ts';

// Keys are numbered group by group (first letter and consonant skeleton) in the index; a look-up must still
// give near spellings in the order their names were first seen, whatever groups came between them.
const place = (id: string, name: string, population = 100): MemoryPlace => ({
  id, name, latitude: 35, longitude: 36, countryCode: 'SY', feature: 'PPL', admin1Code: '12', admin2Code: null, population, source: 'fixture',
});
const ids = (g: Gazetteer, name: string): string[] => g.match(name).map((m) => `${m.place.id}/${m.distance}`);

describe('name index groups', () => {
  it('gives near spellings of one group in the order first seen, groups of other names between them', () => {
    const g = createMemoryGazetteer({ places: [place('a', 'Selma'), place('b', 'Jalma'), place('c', 'Kafr Nabl'), place('d', 'Salma')] });
    expect(ids(g, 'Silma')).toEqual(['a/1', 'd/1']);
    const reversed = createMemoryGazetteer({ places: [place('d', 'Salma'), place('b', 'Jalma'), place('a', 'Selma')] });
    expect(ids(reversed, 'Silma')).toEqual(['d/1', 'a/1']);
  });

  it('finds the near spellings of a name the index holds through the group stored with its key', () => {
    const g = createMemoryGazetteer({ places: [place('a', 'Selma'), place('b', 'Jalma'), place('d', 'Salma', 5000)] });
    expect(ids(g, 'Salma')).toEqual(['d/0', 'a/1']);
    expect(ids(g, 'Selma')).toEqual(['a/0', 'd/1']);
  });

  it('gives only the same spelling for a name whose skeleton is too short to group by', () => {
    const g = createMemoryGazetteer({ places: [place('h', 'Hama'), place('m', 'Homa'), place('j', 'Jalma')] });
    expect(ids(g, 'Hama')).toEqual(['h/0']);
    expect(ids(g, 'Hema')).toEqual([]);
  });
});
