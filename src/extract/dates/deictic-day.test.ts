import { describe } from 'vitest';
import { testDateTable } from './date-table.ts';
import { deicticDay } from './deictic-day.ts';

describe('deictic-day', () => {
  testDateTable(
    [
      ['Yesterday, militants ambushed a patrol.', '2019-06-21', [['Yesterday', '2019-06-20', '2019-06-20', 1]]],
      ['The curfew was lifted today.', '2019-06-21', [['today', '2019-06-21', '2019-06-21', 1]]],
      ['Two shells fell this morning and earlier today.', '2019-06-21', [['this morning', '2019-06-21', '2019-06-21', 1], ['earlier today', '2019-06-21', '2019-06-21', 1]]],
      ['The attack came the day before yesterday.', '2019-06-21', [['the day before yesterday', '2019-06-19', '2019-06-19', 1]]],
      ['Drones struck the depot overnight, officials said.', '2019-06-21', [['overnight', '2019-06-20', '2019-06-20', 1]]],
      ['Gunfire was heard last night in the suburbs.', '2019-06-21', [['last night', '2019-06-20', '2019-06-20', 1]]],
      ['The previous day, shells killed ten people in the town.', '2019-12-04', [['The previous day', '2019-12-03', '2019-12-03', 1]]],
      ['A day earlier, a drone hit the checkpoint.', '2019-12-04', [['A day earlier', '2019-12-03', '2019-12-03', 1]]],
      ['An overnight missile attack killed 13 people.', '2021-10-29', [['overnight', '2021-10-28', '2021-10-28', 1]]],
      // Negative rows.
      ['Drones struck the depot overnight.', null, []],
      ['An overnight curfew was imposed.', '2019-06-21', []],
      ['Guards work overnight shifts at the gate.', '2019-06-21', []],
      ['He described the todays of war.', '2019-06-21', []],
    ],
    [deicticDay],
  );
});
