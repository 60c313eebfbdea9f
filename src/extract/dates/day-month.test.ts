import { describe } from 'vitest';
import { testDateTable } from './date-table.ts';
import { dayMonth } from './day-month.ts';

describe('day-month', () => {
  testDateTable(
    [
      ['On 3 February 2019 gunmen stormed a checkpoint.', null, [['3 February 2019', '2019-02-03', '2019-02-03', 1, 'stated']]],
      ['The convoy was hit on the 10th of February 2018 near the border.', null, [['10th of February 2018', '2018-02-10', '2018-02-10', 1, 'stated']]],
      ['Shelling resumed on 20 June, residents said.', '2019-06-21', [['20 June', '2019-06-20', '2019-06-20', 1]]],
      ['Shelling resumed on 22 June, residents said.', '2019-06-21', [['22 June', '2018-06-22', '2018-06-22', 1]]],
      ['Jets struck on Thursday, 20 June, after a lull.', '2019-06-21', [['Thursday, 20 June', '2019-06-20', '2019-06-20', 1]]],
      ['The Sept. 3, 2018 raid', null, []],
      ['A mortar fell on 14 Dec. 2018 in the old city.', null, [['14 Dec. 2018', '2018-12-14', '2018-12-14', 1, 'stated']]],
      // Negative rows: no year and no publication date, impossible dates, implausible years, names.
      ['Shelling resumed on 20 June, residents said.', null, []],
      ['A raid on 31 February 2019 is impossible.', null, []],
      ['They cited 30 February without a year.', '2019-06-21', []],
      ['The 12 March 1850 treaty was cited.', '2019-06-21', []],
      ['Talks are set for 12 March 2031.', '2019-06-21', []],
      ['Members of the 25 January Movement marched.', '2019-06-21', []],
      ['The 5th Army Corps advanced on the village.', '2019-06-21', []],
      ['Troops may have withdrawn, 12 may return.', '2019-06-21', []],
    ],
    [dayMonth],
  );
});

describe('day-month with a number after it', () => {
  testDateTable(
    [
      ['On 8 April, 3544 people were evacuated.', '2019-06-21', [['8 April', '2019-04-08', '2019-04-08', 1]]],
      ['On 8 April, 3544 people were evacuated.', null, []],
    ],
    [dayMonth],
  );
});
