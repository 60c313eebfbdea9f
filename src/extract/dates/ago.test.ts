import { describe } from 'vitest';
import { ago } from './ago.ts';
import { testDateTable } from './date-table.ts';

describe('ago', () => {
  testDateTable(
    [
      ['The offensive began two weeks ago.', '2019-06-21', [['two weeks ago', '2019-06-03', '2019-06-09', 2]]],
      ['He was seized three days ago.', '2019-06-21', [['three days ago', '2019-06-18', '2019-06-18', 1]]],
      ['The road was cut a month ago.', '2019-06-21', [['a month ago', '2019-05-01', '2019-05-31', 3]]],
      ['They fled a few days ago.', '2019-06-21', [['a few days ago', '2019-06-14', '2019-06-19', 2]]],
      ['The camp opened 2 years ago.', '2019-06-21', [['2 years ago', '2017-01-01', '2017-12-31', 3]]],
      ['The raid happened A week ago.', '2019-06-21', [['A week ago', '2019-06-10', '2019-06-16', 2]]],
      // Negative rows.
      ['The offensive began two weeks ago.', null, []],
      ['Several weeks ago is too vague to place.', '2019-06-21', []],
      ['Long ago the town was larger.', '2019-06-21', []],
    ],
    [ago],
  );
});
