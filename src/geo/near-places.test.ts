import { describe, expect, it } from 'vitest';
import type { GazetteerPlace } from './gazetteer.ts';
import { NearPlaces, kilometres } from './near-places.ts';

const place = (id: string, latitude: number, longitude: number): GazetteerPlace => ({
  id, name: id, latitude, longitude, countryCode: 'SY', feature: 'PPL', admin1Code: null, admin2Code: null, population: 0, source: 'test',
});

describe('NearPlaces.hasNear', () => {
  const anchors = new NearPlaces([
    place('idlib', 35.93, 36.63),
    place('idlib', 35.93, 36.63),
    place('tromso', 69.65, 18.96),
    place('east', 0.1, 179.9),
  ]);
  const table: readonly (readonly [string, GazetteerPlace, boolean])[] = [
    ['a town 20 km away', place('ariha', 35.81, 36.61), true],
    ['across a cell edge', place('edge', 36.05, 36.98), true],
    ['far in the Arctic, where longitude degrees are short', place('north', 69.7, 20.2), true],
    // Negative rows: a place is not near itself, nor anything beyond the radius; no wrap at the date line.
    ['the anchor itself', place('idlib', 35.93, 36.63), false],
    ['Damascus, 250 km south', place('damascus', 33.51, 36.29), false],
    ['over the date line', place('west', 0.1, -179.9), false],
    ['no coordinates', place('nowhere', Number.NaN, Number.NaN), false],
  ];
  it.each(table)('%s', (_label, p, expected) => {
    expect(anchors.hasNear(p, 60)).toBe(expected);
  });

  it('agrees with comparing against every place', () => {
    let seed = 11;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const list = Array.from({ length: 300 }, (_, i) => place(`a${i}`, random() * 170 - 85, random() * 360 - 180));
    const near = new NearPlaces(list);
    for (let i = 0; i < 2000; i += 1) {
      const base = list[i % list.length]!;
      const p = place(i % 7 === 0 ? base.id : `q${i}`, base.latitude + (random() - 0.5) * 2, base.longitude + (random() - 0.5) * 6);
      const expected = list.some((a) => a.id !== p.id && kilometres(a.latitude, a.longitude, p.latitude, p.longitude) < 60);
      expect(near.hasNear(p, 60)).toBe(expected);
    }
  });
});
