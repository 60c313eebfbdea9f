import { describe, expect, it } from 'vitest';
import { currentAcledRecords, isLegacyAcledHeader, isoFromDayMonthYear, modernAcledRecord } from './acled-legacy.ts';

// A row as ACLED's exports before 2019 wrote it (made up here), trailing empty columns and all.
const legacy = {
  GWNO: '516',
  EVENT_ID_CNTY: '77BUR',
  EVENT_DATE: '3/2/2016',
  EVENT_TYPE: 'Remote violence',
  ACTOR1: 'Unidentified Armed Group (Burundi)',
  ALLY_ACTOR_1: '',
  INTER1: '3',
  INTER2: '7',
  COUNTRY: 'Burundi',
  LOCATION: 'Kamenge',
  NOTES: 'A grenade thrown into a bar in Kamenge wounded four.',
  '': '',
};

describe('modernAcledRecord', () => {
  it('reads legacy columns under the current names', () => {
    const row = modernAcledRecord(legacy);
    expect(row).toMatchObject({ event_id_cnty: '77BUR', event_date: '2016-02-03', country: 'Burundi', location: 'Kamenge', assoc_actor_1: '', inter1: '3' });
    expect(row['event_type']).toBe('Explosions/Remote violence');
    // The old type does not say which kind of remote violence: unknown, not guessed.
    expect(row['sub_event_type']).toBe('');
    expect(Object.keys(row)).not.toContain('');
  });

  it.each([
    ['Battle-No change of territory', '1', '2', 'Battles', 'Armed clash'],
    ['Battle-Non-state actor overtakes territory', '2', '1', 'Battles', 'Non-state actor overtakes territory'],
    ['Riots/Protests', '5', '1', 'Riots', ''],
    ['Riots/Protests', '1', '6', 'Protests', ''],
    // Neither rioters nor protesters coded: the row cannot say which it was.
    ['Riots/Protests', '1', '0', '', ''],
    ['Headquarters or base established', '2', '0', 'Strategic developments', 'Headquarters or base established'],
    ['Something else', '1', '0', 'Something else', ''],
  ])('%s (inter %s/%s) is %s / %s', (old, inter1, inter2, type, sub) => {
    const row = modernAcledRecord({ ...legacy, EVENT_TYPE: old, INTER1: inter1, INTER2: inter2 });
    expect([row['event_type'], row['sub_event_type']]).toEqual([type, sub]);
  });

  it('tells a legacy header from a current one', () => {
    expect(isLegacyAcledHeader(Object.keys(legacy))).toBe(true);
    expect(isLegacyAcledHeader(['event_id_cnty', 'event_date', 'EVENT_ID_CNTY'])).toBe(false);
  });

  it('writes day/month/year dates as ISO and leaves anything else for the date check', () => {
    expect(isoFromDayMonthYear('29/12/2015')).toBe('2015-12-29');
    expect(isoFromDayMonthYear('2016-01-04')).toBe('2016-01-04');
    expect(isoFromDayMonthYear('12/2015')).toBe('12/2015');
  });
});

describe('currentAcledRecords', () => {
  it('maps a legacy file and leaves a current one as written', () => {
    expect(currentAcledRecords([legacy])[0]).toMatchObject({ event_id_cnty: '77BUR', event_date: '2016-02-03' });
    const current = { event_id_cnty: 'SYR1', event_date: '2022-03-03', event_type: 'Battles' };
    expect(currentAcledRecords([current])).toEqual([current]);
    expect(currentAcledRecords([])).toEqual([]);
  });
});
