import { describe } from 'vitest';
import { testDateTable } from './date-table.ts';
import { monthDay } from './month-day.ts';

describe('month-day', () => {
  testDateTable(
    [
      ['A car bomb went off on June 20, 2019 outside a mosque.', null, [['June 20, 2019', '2019-06-20', '2019-06-20', 1, 'stated']]],
      ['The offensive began on May 6 with air raids.', '2019-06-21', [['May 6', '2019-05-06', '2019-05-06', 1]]],
      ['The bridge was destroyed on June 25th.', '2019-06-21', [['June 25th', '2018-06-25', '2018-06-25', 1]]],
      ['Thursday, June 20 saw the heaviest raids.', '2019-06-21', [['Thursday, June 20', '2019-06-20', '2019-06-20', 1]]],
      ['Fighting on Aug. 2 2018 cut the road.', null, [['Aug. 2 2018', '2018-08-02', '2018-08-02', 1, 'stated']]],
      // Negative rows.
      ['Supporters of the June 20 Movement rallied.', '2019-06-21', []],
      ['The offensive began on May 6 with air raids.', null, []],
      ['Officials said fighters may 6 times have crossed.', '2019-06-21', []],
      ['It happened on February 30.', '2019-06-21', []],
      ['Clashes on June 20-22 left dozens dead.', '2019-06-21', []],
    ],
    [monthDay],
  );
});
