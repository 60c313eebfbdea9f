import { describe, expect, it } from 'vitest';
import { extractFrom } from '../../test-support/read-sentence.ts';
import { attackCounts } from './attack-counts.ts';

// Sentences written for these tests: [quote, what, figure, qualifier].
describe('attack-counts', () => {
  it.each([
    ['Rescuers counted more than 40 airstrikes and 120 rockets.', [['more than 40 airstrikes', 'airstrikes', 40, 'more than'], ['120 rockets', 'rockets', 120, null]]],
    ['Shelling hit 12 towns and villages, damaging three schools.', [['12 towns and villages', 'localities_attacked', 12, null], ['three schools', 'facilities_schools', 3, null]]],
    ['A rocket hit the bakery.', []],
    ['The strike killed 4 people.', []],
  ] as const)('%s', (sentence, expected) => {
    const { quotes, mentions } = extractFrom(attackCounts, sentence, 'count');
    expect(mentions.map((m, i) => [quotes[i], m.what, m.figure.best, m.figure.qualifier])).toEqual(expected);
  });
});
