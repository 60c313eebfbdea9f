import { describe, expect, it } from 'vitest';
import { describeGazetteerContract } from './gazetteer.contract.ts';
import { createMemoryGazetteer } from './memory-gazetteer.ts';
import { SYRIA_ADMINS, SYRIA_COUNTRIES, SYRIA_PLACES } from './syria-fixture.ts';

const gazetteer = createMemoryGazetteer({ places: SYRIA_PLACES, countries: SYRIA_COUNTRIES, admins: SYRIA_ADMINS });

describeGazetteerContract('memory', () => gazetteer);

describe('memory gazetteer spelling tolerance', () => {
  const table: readonly (readonly [string, string | null])[] = [
    ['Tal Maleh', 'Tal Milh'],
    ['Tell Malah', 'Tal Milh'],
    ['Tal Milh', 'Tal Milh'],
    ['Jalmeh', 'Jalma'],
    ['Jalma', 'Jalma'],
    ['Kafr Nabl', 'Kafranbel'],
    ['Kfar Nabl', 'Kafranbel'],
    ['Hama', 'Hamah'],
    ['Hamburg', null],
    ['Jalmez', null],
  ];
  it.each(table)('%j -> %j', (name, expected) => {
    expect(gazetteer.lookup(name)[0]?.name ?? null).toBe(expected);
  });

  it('keeps both Jalmas, the larger first', () => {
    expect(gazetteer.lookup('Jalmeh').map((p) => p.admin1Code)).toEqual(['10', '11']);
  });
});
