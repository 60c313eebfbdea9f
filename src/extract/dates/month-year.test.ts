import { describe } from 'vitest';
import { testDateTable } from './date-table.ts';
import { monthYear } from './month-year.ts';

describe('month-year', () => {
  testDateTable(
    [
      ['In March 2018 the army withdrew.', null, [['March 2018', '2018-03-01', '2018-03-31', 3, 'stated']]],
      ['The truce agreed last September collapsed.', '2019-06-21', [['last September', '2018-09-01', '2018-09-30', 3]]],
      ['The truce agreed last May collapsed.', '2019-06-21', [['last May', '2019-05-01', '2019-05-31', 3]]],
      ['Dozens were detained in May.', '2019-06-21', [['May', '2019-05-01', '2019-05-31', 3]]],
      ['Dozens were detained in June.', '2019-06-21', [['June', '2019-06-01', '2019-06-21', 3]]],
      ['Dozens were detained in November.', '2019-06-21', [['November', '2018-11-01', '2018-11-30', 3]]],
      ["Forces pushed on in May's offensive.", '2019-06-21', [['May', '2019-05-01', '2019-05-31', 3]]],
      // Negative rows: verbs and nouns, bare months, future months, impossible days left to the day parsers.
      ['Observers said the militia may have moved.', '2019-06-21', []],
      ['A march on the governorate office was dispersed.', '2019-06-21', []],
      ['May God protect them, a resident said.', '2019-06-21', []],
      ['Dozens were detained in May.', null, []],
      ['Elections are due this December.', '2019-06-21', []],
      ['A raid on 31 February 2019 is impossible.', null, []],
      ['Talks in March 2035 are planned.', '2019-06-21', []],
      ["Troops took the village of Mar'anaz.", '2019-06-21', []],
    ],
    [monthYear],
  );
});
