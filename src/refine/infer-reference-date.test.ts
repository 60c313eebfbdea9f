import { describe, expect, it } from 'vitest';
import { findDates } from '../extract/dates/index.ts';
import { readText } from '../test-support/read-sentence.ts';
import { inferReferenceDate } from './infer-reference-date.ts';

const find = (text: string) => findDates(text, 0, null);

describe('inferReferenceDate', () => {
  it.each([
    ['Photo: 27 February 2020. Troops moved on Thursday.', '2020-02-27'],
    ['On 3 May 2022, shelling hit the town. A man died on 5 May 2022.', '2022-05-05'],
    ['Troops moved on Thursday.', null],
    ['Fighting began in March 2021.', null],
  ] as const)('%s', (text, expected) => {
    expect(inferReferenceDate(text, find)).toBe(expected);
  });

  it('reads weekdays against it and says so', () => {
    const reading = readText('Shelling killed 4 people in Idlib on Thursday. Photo: 22 June 2019.', null);
    expect(reading.events[0]?.date_start).toBe('2019-06-20');
    expect(reading.diagnostics.map((d) => d.code)).toContain('published/inferred');
  });
});
