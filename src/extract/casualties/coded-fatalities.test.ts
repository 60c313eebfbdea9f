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
    ['Four fighters were killed or injured. Fatalities coded to 0.', [0]],
    ['Two civilians were killed (2 fatalities are split among 4 events).', [1]],
    ['2 NRF fatalities split across 6 events; 1 fatality coded for this event.', [1]],
    ['The number of fatalities shared across five events and coded as 7.', [7]],
    ['Claims could not be verified, and zero fatalities have been coded.', [0]],
    ['The village was coded as its district centre.', []],
    ['Two fatalities were reported in the clash.', []],
  ] as const)('%s', (sentence, expected) => {
    const { mentions } = extractFrom(codedFatalities, sentence, 'casualty');
    expect(mentions.map((m) => m.coded)).toEqual(expected);
  });
});
