import { describe, expect, it } from 'vitest';
import { dayOf, formatDay, mondayOf, parseIsoDay, shiftMonth, weekdayOf } from './calendar.ts';

describe('calendar', () => {
  it.each([
    [2019, 6, 21, '2019-06-21'],
    [2020, 2, 29, '2020-02-29'],
    [2000, 2, 29, '2000-02-29'],
    [1999, 12, 31, '1999-12-31'],
  ])('%i-%i-%i exists', (y, m, d, iso) => {
    expect(formatDay(dayOf(y, m, d)!)).toBe(iso);
  });

  it.each([
    [2019, 2, 29],
    [1900, 2, 29],
    [2019, 2, 31],
    [2019, 13, 1],
    [2019, 0, 10],
    [2019, 4, 31],
    [2019, 6, 0],
  ])('%i-%i-%i does not exist', (y, m, d) => {
    expect(dayOf(y, m, d)).toBeNull();
  });

  it('counts weekdays from Monday', () => {
    expect(weekdayOf(parseIsoDay('2019-06-21')!)).toBe(4);
    expect(weekdayOf(parseIsoDay('2019-06-17')!)).toBe(0);
    expect(formatDay(mondayOf(parseIsoDay('2019-06-23')!))).toBe('2019-06-17');
  });

  it('moves across year ends', () => {
    expect(shiftMonth(2019, 1, 1)).toEqual({ year: 2018, month: 12 });
    expect(shiftMonth(2019, 3, 14)).toEqual({ year: 2018, month: 1 });
  });

  it('rejects malformed ISO text', () => {
    expect(parseIsoDay('2019-6-21')).toBeNull();
    expect(parseIsoDay('2019-02-30')).toBeNull();
  });
});
