import { describe } from 'vitest';
import { testDateTable } from './date-table.ts';
import { dayRange } from './day-range.ts';
import { monthDayRange } from './month-day-range.ts';

describe('day-range', () => {
  testDateTable(
    [
      ['Clashes on 3-5 March 2019 left 12 dead.', null, [['3-5 March 2019', '2019-03-03', '2019-03-05', 2, 'stated']]],
      ['Fighting raged between 3 and 5 March near the dam.', '2019-06-21', [['between 3 and 5 March', '2019-03-03', '2019-03-05', 2]]],
      ['Protests were held on 3 and 4 March in the capital.', '2019-06-21', [['3 and 4 March', '2019-03-03', '2019-03-04', 2]]],
      ['Curfews applied from 28 February to 2 March 2019.', null, [['from 28 February to 2 March 2019', '2019-02-28', '2019-03-02', 2, 'stated']]],
      ['Raids from 29 December to 3 January 2019 hit the camps.', null, [['from 29 December to 3 January 2019', '2018-12-29', '2019-01-03', 2, 'stated']]],
      ['The siege lasted 1 to 30 April.', '2019-06-21', [['1 to 30 April', '2019-04-01', '2019-04-30', 3]]],
      // Negative rows: backwards, impossible, too long to be one period.
      ['Clashes on 5-3 March 2019 are reversed.', null, []],
      ['Between 30 and 31 February 2019 nothing happened.', null, []],
      ['From 1 January to 30 June 2019 is not one stretch.', null, []],
      ['Between 3 and 5 March, no year known.', null, []],
    ],
    [dayRange],
  );
});

describe('month-day-range', () => {
  testDateTable(
    [
      ['Clashes on June 3-5, 2019 displaced families.', null, [['June 3-5, 2019', '2019-06-03', '2019-06-05', 2, 'stated']]],
      ['Airstrikes between March 3 and 5 hit the town.', '2019-06-21', [['between March 3 and 5', '2019-03-03', '2019-03-05', 2]]],
      ['The blockade ran from March 30 to April 2.', '2019-06-21', [['from March 30 to April 2', '2019-03-30', '2019-04-02', 2]]],
      // Negative rows.
      ['Clashes on June 5-3 are reversed.', '2019-06-21', []],
      ['It lasted June 3-5 but the year is unknown.', null, []],
    ],
    [monthDayRange],
  );
});
