import { describe } from 'vitest';
import { testDateTable } from './date-table.ts';
import { monthPart } from './month-part.ts';

describe('month-part', () => {
  testDateTable(
    [
      ['Shelling intensified in mid-March.', '2019-06-21', [['mid-March', '2019-03-11', '2019-03-20', 2]]],
      ['Raids in early April drove people north.', '2019-06-21', [['early April', '2019-04-01', '2019-04-10', 2]]],
      ['The campaign began in late April.', '2019-06-21', [['late April', '2019-04-21', '2019-04-30', 2]]],
      ['Aid stopped at the end of February 2019.', null, [['the end of February 2019', '2019-02-21', '2019-02-28', 2, 'stated']]],
      ['Talks collapsed in late June.', '2019-06-10', [['late June', '2018-06-21', '2018-06-30', 2]]],
      ['Displacement peaked in early 2018.', null, [['early 2018', '2018-01-01', '2018-04-30', 3, 'stated']]],
      ['Fighting resumed in the middle of 2017.', null, [['the middle of 2017', '2017-05-01', '2017-08-31', 3, 'stated']]],
      // Negative rows.
      ['The late May offensive needs a publication date.', null, []],
      ['Patrols ran late into the night.', '2019-06-21', []],
      ['They arrived early in the morning.', '2019-06-21', []],
      ['Talks at the end of 1850.', '2019-06-21', []],
    ],
    [monthPart],
  );
});
