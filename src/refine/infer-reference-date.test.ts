import { describe, expect, it } from 'vitest';
import { findDates } from '../extract/dates/index.ts';
import { readText } from '../test-support/read-sentence.ts';
import { inferReferenceDate } from './infer-reference-date.ts';

const find = (text: string) => findDates(text, 0, null);

describe('inferReferenceDate', () => {
  it.each([
    ['Photo: 27 February 2020. Troops moved on Thursday.', { date: '2020-02-27', yearOnly: false }],
    ['On 3 May 2022, shelling hit the town. A man died on 5 May 2022.', { date: '2022-05-05', yearOnly: false }],
    ['Troops moved on Thursday.', null],
    ['Fighting began in March 2021.', { date: '2021-03-31', yearOnly: true }],
  ] as const)('%s', (text, expected) => {
    expect(inferReferenceDate(text, find)).toEqual(expected);
  });

  it('gives bare days a year from a month, but counts no weekday or "previous day" from it', () => {
    const reading = readText('Timeline, May 2019.\n\n4 May\n\nShelling killed 4 people in Idlib on Thursday.\n\n6 May\n\nThe previous day, a drone killed 2 soldiers in Hama.', null);
    expect(reading.events.map((e) => [e.date_start, Object.values(e.implied).some((reason) => reason.startsWith('date/from-heading'))])).toEqual([
      ['2019-05-04', true],
      ['2019-05-06', true],
    ]);
  });

  it('reads weekdays against it and says so', () => {
    const reading = readText('Shelling killed 4 people in Idlib on Thursday. Photo: 22 June 2019.', null);
    expect(reading.events[0]?.date_start).toBe('2019-06-20');
    expect(reading.diagnostics.map((d) => d.code)).toContain('published/inferred');
  });
});
