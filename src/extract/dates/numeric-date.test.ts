import { describe } from 'vitest';
import { testDateTable } from './date-table.ts';
import { numericDate } from './numeric-date.ts';

describe('numeric-date', () => {
  testDateTable(
    [
      ['The attack (2019-06-20) was confirmed.', null, [['2019-06-20', '2019-06-20', '2019-06-20', 1, 'stated']]],
      ['Incident logged 20/06/2019 by the monitor.', null, [['20/06/2019', '2019-06-20', '2019-06-20', 1, 'stated']]],
      ['Incident logged 06/20/2019 by a US outlet.', null, [['06/20/2019', '2019-06-20', '2019-06-20', 1, 'stated']]],
      ['Dated 5.3.2019 in the ministry list.', null, [['5.3.2019', '2019-03-05', '2019-03-05', 1, 'stated']]],
      // Negative rows.
      ['Code 2019-13-01 is not a date.', null, []],
      ['Serial 12019-06-20 is longer.', null, []],
      ['A score of 20/06/19 is ambiguous.', null, []],
      ['Figures 31/02/2019 are impossible.', null, []],
      ['Version 1.2.2019.4 was released.', null, []],
    ],
    [numericDate],
  );
});
