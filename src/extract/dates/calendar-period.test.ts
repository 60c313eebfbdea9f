import { describe } from 'vitest';
import { calendarPeriod } from './calendar-period.ts';
import { testDateTable } from './date-table.ts';

describe('calendar-period', () => {
  testDateTable(
    [
      ['Raids intensified last week.', '2019-06-21', [['last week', '2019-06-10', '2019-06-16', 2]]],
      ['This week the front was quiet.', '2019-06-21', [['This week', '2019-06-17', '2019-06-21', 2]]],
      ['Talks stalled earlier this week.', '2019-06-21', [['earlier this week', '2019-06-17', '2019-06-20', 2]]],
      ['Hundreds fled earlier this month.', '2019-06-21', [['earlier this month', '2019-06-01', '2019-06-20', 3]]],
      ['The town fell last month.', '2019-06-21', [['last month', '2019-05-01', '2019-05-31', 3]]],
      ['The town fell last month.', '2019-01-04', [['last month', '2018-12-01', '2018-12-31', 3]]],
      ['Aid was cut last year.', '2019-06-21', [['last year', '2018-01-01', '2018-12-31', 3]]],
      ['Arrests rose at the start of the year.', '2019-06-21', [['the start of the year', '2019-01-01', '2019-01-31', 3]]],
      // Negative rows.
      ['Raids intensified last week.', null, []],
      ['A week-long truce and a monthly report.', '2019-06-21', []],
    ],
    [calendarPeriod],
  );
});
