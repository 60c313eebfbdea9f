import { describe, expect, it } from 'vitest';
import type { PlaceMention } from '../core/mention.ts';
import { createMemoryGazetteer } from './memory-gazetteer.ts';
import { NamedUnitIndex, namedUnits, type NamedUnit } from './place-context.ts';

const unit = (sentence: number, start: number, admin1: string | null, weight = 1): NamedUnit => ({
  countryCode: (admin1 ?? 'SY').slice(0, 2), admin1, sentence, start, weight,
});

// The plain reading of "nearest": every unit compared with the same cost, the first of equals kept.
function nearestByScan(units: readonly NamedUnit[], sentence: number, start: number): NamedUnit | null {
  let best: NamedUnit | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const u of units) {
    if (u.admin1 === null || (u.weight < 1 && u.sentence !== sentence)) continue;
    const gap = u.sentence <= sentence ? sentence - u.sentence : 1000 + u.sentence - sentence;
    const cost = gap * 100_000 + Math.abs(u.start - start);
    if (cost < bestCost) {
      best = u;
      bestCost = cost;
    }
  }
  return best;
}

describe('NamedUnitIndex.nearestAdmin1', () => {
  const units = [
    unit(0, 5, 'SY.01'),
    unit(0, 40, null),
    unit(1, 100, 'SY.02', 0.6),
    unit(3, 300, 'SY.03'),
    unit(3, 340, 'SY.04'),
    unit(6, 600, 'SY.05'),
  ];
  const index = new NamedUnitIndex(units);
  const table: readonly (readonly [string, number, number, string | null])[] = [
    ['same sentence wins', 3, 335, 'SY.04'],
    ['nearer in the same sentence', 3, 310, 'SY.03'],
    ['last province of the nearest earlier sentence', 5, 500, 'SY.04'],
    ['a bare name counts in its own sentence', 1, 110, 'SY.02'],
    // Negative rows: a bare name does not reach other sentences, a country is never a province.
    ['a bare name does not reach the next sentence', 2, 250, 'SY.01'],
    ['only later provinces: the nearest later one', -1, 0, 'SY.01'],
    ['after the last one', 9, 900, 'SY.05'],
  ];
  it.each(table)('%s', (_label, sentence, start, expected) => {
    expect(index.nearestAdmin1(sentence, start)?.admin1 ?? null).toBe(expected);
  });

  it('finds nothing in a document naming only countries', () => {
    expect(new NamedUnitIndex([unit(0, 0, null), unit(1, 50, null)]).nearestAdmin1(1, 60)).toBeNull();
  });

  it('agrees with a scan of every unit', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 200; round += 1) {
      const list: NamedUnit[] = [];
      for (let s = 0; s < 12; s += 1) {
        for (let k = random(3); k > 0; k -= 1) {
          list.push(unit(s, s * 100 + random(100), random(4) === 0 ? null : `SY.0${random(5)}`, random(3) === 0 ? 0.6 : 1));
        }
      }
      list.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
      const index = new NamedUnitIndex(list);
      for (let s = 0; s < 12; s += 1) {
        const start = s * 100 + random(100);
        expect(index.nearestAdmin1(s, start)).toBe(nearestByScan(list, s, start));
      }
    }
  });
});

describe('NamedUnitIndex.admin1sIn', () => {
  const index = new NamedUnitIndex([unit(1, 10, 'SY.01'), unit(1, 20, null), unit(1, 30, 'SY.02', 0.6), unit(1, 40, 'SY.01')]);
  const table: readonly (readonly [number, readonly string[]])[] = [
    [1, ['SY.01', 'SY.02']],
    // Negative rows: sentences naming no province.
    [0, []],
    [2, []],
  ];
  it.each(table)('sentence %i', (sentence, expected) => {
    expect([...index.admin1sIn(sentence)]).toEqual(expected);
  });
});

describe('namedUnits for a town spelt as a province of its own country', () => {
  const gazetteer = createMemoryGazetteer({
    places: [{ id: 't:alex', name: 'Alexandria', latitude: 31.2, longitude: 29.9, countryCode: 'EG', feature: 'PPLA', admin1Code: '06', admin2Code: null, population: 4000000, source: 'test' }],
    countries: [{ code: 'EG', iso3: 'EGY', name: 'Egypt', aliases: [] }],
    admins: [{ countryCode: 'EG', code: '06', name: 'Alexandria', aliases: [], level: 1 }],
  });
  const town = (start: number): PlaceMention => ({
    kind: 'place', span: { start, end: start + 10 }, name: 'Alexandria', placeId: 't:alex', country: 'Egypt', iso3: 'EGY', admin1: 'Alexandria',
    admin2: null, latitude: 31.2, longitude: 29.9, level: 'town', feature: 'PPLA', score: 0.6,
  });
  it('counts the country once however often the name is said', () => {
    const units = namedUnits(gazetteer, [[town(0), town(20)], [town(40)]], (m) => m.name);
    expect(units.filter((u) => u.admin1 === null && u.weight === 1)).toHaveLength(1);
    expect(units.filter((u) => u.admin1 === 'EG.06')).toHaveLength(3);
  });
});
