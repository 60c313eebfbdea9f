import { describe, expect, it } from 'vitest';
import { extractFrom } from '../../test-support/read-sentence.ts';
import { codedFatalities } from './coded-fatalities.ts';

// Coder notes written for these tests in the style of ACLED's.
describe('coded-fatalities', () => {
  it.each([
    ['Fatalities coded as 3.', [3]],
    ['Unknown fatalities coded as 10 and split between 2 locations.', [5]],
    ['In total 20 fatalities split across 6 events.', [3]],
    ['Some 90 fatalities spilt across 5 events coded as 18.', [18]],
    ['Three people died [5 fatalities split among 6 events].', [1]],
    ['Casualties coded as 0 pending confirmation.', [0]],
    ['The village was coded as its district centre.', []],
    ['Two fatalities were reported in the clash.', []],
  ] as const)('%s', (sentence, expected) => {
    const { mentions } = extractFrom(codedFatalities, sentence, 'casualty');
    expect(mentions.map((m) => m.coded)).toEqual(expected);
  });
});
