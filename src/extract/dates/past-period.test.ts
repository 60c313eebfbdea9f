import { describe } from 'vitest';
import { testDateTable } from './date-table.ts';
import { pastPeriod } from './past-period.ts';

describe('past-period', () => {
  testDateTable(
    [
      ['Eleven people died over the past 24 hours.', '2019-06-21', [['the past 24 hours', '2019-06-20', '2019-06-21', 2]]],
      ['Shelling continued in the past week.', '2019-06-21', [['the past week', '2019-06-14', '2019-06-21', 2]]],
      ['In the last three days, 40 strikes were logged.', '2019-06-21', [['the last three days', '2019-06-18', '2019-06-21', 2]]],
      ['Over the past two months the siege tightened.', '2019-06-21', [['the past two months', '2019-04-22', '2019-06-21', 3]]],
      // Negative rows.
      ['Shelling continued in the past week.', null, []],
      ['The past is another country.', '2019-06-21', []],
      ['The last convoy arrived.', '2019-06-21', []],
    ],
    [pastPeriod],
  );
});
