import { describe, expect, it } from 'vitest';
import type { PlaceMention } from '../core/mention.ts';
import { inDistrict, isNear, isOrigin, liesIn } from './place-roles.ts';

/** A town mention at the first occurrence of `name` in `text` (only the span matters here). */
function at(text: string, name: string, from = 0): PlaceMention {
  const start = text.indexOf(name, from);
  if (start < 0) throw new Error(`${name} not in ${text}`);
  return {
    kind: 'place', span: { start, end: start + name.length }, name, placeId: null, country: null, iso3: null, admin1: null,
    admin2: null, latitude: null, longitude: null, level: 'town', feature: null, score: 0.5,
  };
}

describe('isOrigin', () => {
  const table: readonly (readonly [string, string, boolean])[] = [
    ['Army units stationed at the old base on the edge of Kefraya shelled Bsaida village.', 'Kefraya', true],
    ['Gunners deployed in Marjan hit the farms at dawn.', 'Marjan', true],
    ['Rebels shelled Bsaida from their positions in Kefraya.', 'Kefraya', true],
    ['Rockets were fired at Bsaida from Kefraya overnight.', 'Kefraya', true],
    // Negative rows: the place hit, a place left in a withdrawal, a comma ending the verb's reach.
    ['Rebels shelled Bsaida from their positions in Kefraya.', 'Bsaida', false],
    ['Troops withdrew from Kefraya after talks.', 'Kefraya', false],
    ['Troops stationed at the base, residents of Kefraya said, were attacked.', 'Kefraya', false],
  ];
  it.each(table)('%s (%s)', (text, name, expected) => {
    expect(isOrigin(text, at(text, name))).toBe(expected);
  });

  it('reads a verb as governing only the first name after it', () => {
    const text = 'Units stationed near Kefraya shelled Bsaida village.';
    expect(isOrigin(text, at(text, 'Bsaida'), at(text, 'Kefraya').span.end)).toBe(false);
    expect(isOrigin(text, at(text, 'Bsaida'))).toBe(true);
  });
});

describe('isNear', () => {
  const table: readonly (readonly [string, string, boolean])[] = [
    ['A mine went off near Kefraya.', 'Kefraya', true],
    ['Clashes on the outskirts of Kefraya left two dead.', 'Kefraya', true],
    ['A patrol passed in the vicinity of Kefraya town.', 'Kefraya', true],
    ['The convoy was hit 12 km north-east of Kefraya.', 'Kefraya', true],
    ['Shelling west of the town of Kefraya continued.', 'Kefraya', true],
    // Negative rows: in the town, and a sentence that ended before it.
    ['Shelling hit Kefraya at dawn.', 'Kefraya', false],
    ['The army moved near the border. Kefraya was hit.', 'Kefraya', false],
  ];
  it.each(table)('%s', (text, name, expected) => {
    expect(isNear(text, at(text, name))).toBe(expected);
  });
});

describe('liesIn and inDistrict', () => {
  const table: readonly (readonly [string, string, string, 'in' | 'near' | 'chained' | null])[] = [
    ['A body was found in the Bustan neighbourhood in Kefraya town.', 'Bustan', 'Kefraya', 'in'],
    ['Shots were fired at Bustan farms, near Kefraya.', 'Bustan', 'Kefraya', 'near'],
    ['Shells fell on Bustan village west of Kefraya.', 'Bustan', 'Kefraya', 'near'],
    ['Shells fell on Bustan in Kefraya countryside.', 'Bustan', 'Kefraya countryside', 'near'],
    ['Police beat protesters in Bustan (Kefraya, Aleppo).', 'Bustan', 'Kefraya', 'chained'],
    // Negative rows: two places of a list.
    ['Shells fell on Bustan and Kefraya.', 'Bustan', 'Kefraya', null],
    ['Shells fell on Bustan, Kefraya and Tall.', 'Bustan', 'Kefraya', null],
  ];
  it.each(table)('%s', (text, inner, outer, expected) => {
    expect(liesIn(text, at(text, inner), at(text, outer))).toBe(expected);
  });

  it('finds the district written right after a town', () => {
    const text = 'A sniper hit a boy near Bustan village, Kefraya district, Aleppo.';
    expect(inDistrict(text, at(text, 'Bustan'), at(text, 'Kefraya'))).toBe(true);
    const list = 'Shells hit Bustan and then Kefraya district.';
    expect(inDistrict(list, at(list, 'Bustan'), at(list, 'Kefraya'))).toBe(false);
  });
});
