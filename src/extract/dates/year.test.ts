import { describe } from 'vitest';
import { testDateTable } from './date-table.ts';
import { year } from './year.ts';

describe('year', () => {
  testDateTable(
    [
      ['In 2018, the group lost most of its territory.', '2019-06-21', [['2018', '2018-01-01', '2018-12-31', 3, 'stated']]],
      ['Clashes during 2017 and after displaced thousands.', null, [['2017', '2017-01-01', '2017-12-31', 3, 'stated']]],
      // Negative rows: counts, times, codes and implausible years.
      ['In 2020 soldiers were deployed to the border.', '2019-06-21', []],
      ['Jets took off at 1200 GMT.', '2019-06-21', []],
      ['A convoy of 1950 trucks crossed.', '2019-06-21', []],
      ['Prices rose in 2018-19 sharply.', '2019-06-21', []],
      ['The monument from 1850 was hit.', '2019-06-21', []],
      ['A plan for 2035 was announced.', '2019-06-21', []],
      ['It rose by 2019.5 points.', '2019-06-21', []],
    ],
    [year],
  );
});
