import { describe } from 'vitest';
import { testDateTable } from './date-table.ts';
import { weekday } from './weekday.ts';

// 2019-06-21 was a Friday.
describe('weekday', () => {
  testDateTable(
    [
      ['Regime jets bombed the town on Thursday, killing four.', '2019-06-21', [['Thursday', '2019-06-20', '2019-06-20', 1]]],
      ['A market was hit on Friday.', '2019-06-21', [['Friday', '2019-06-21', '2019-06-21', 1]]],
      ['A market was hit on Saturday.', '2019-06-21', [['Saturday', '2019-06-15', '2019-06-15', 1]]],
      ['The checkpoint fell last Friday.', '2019-06-21', [['last Friday', '2019-06-14', '2019-06-14', 1]]],
      ['Rockets landed Thursday night near the base.', '2019-06-21', [['Thursday night', '2019-06-20', '2019-06-20', 1]]],
      ['Overnight Wednesday, drones struck a depot.', '2019-06-21', [['Overnight Wednesday', '2019-06-19', '2019-06-19', 1]]],
      ['Gunmen attacked late on Monday.', '2019-06-21', [['late on Monday', '2019-06-17', '2019-06-17', 1]]],
      // Negative rows: no publication date, customs, plural habits, future.
      ['Regime jets bombed the town on Thursday.', null, []],
      ['Protests followed Friday prayers every Friday.', '2019-06-21', [['Friday', '2019-06-21', '2019-06-21', 1]]],
      ['Crowds gather on Fridays in the square.', '2019-06-21', []],
      ['Talks will resume next Monday.', '2019-06-21', []],
      ['Shops closed for Good Friday.', '2019-06-21', []],
    ],
    [weekday],
  );
});
