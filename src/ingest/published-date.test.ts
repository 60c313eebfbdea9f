import { describe, expect, it } from 'vitest';
import { parsePublished } from './published-date.ts';

describe('parsePublished', () => {
  it.each([
    ['2019-06-21', '2019-06-21'],
    [' 2019-06-21 ', '2019-06-21'],
    ['2020-02-29', '2020-02-29'],
    ['2019-06-21T23:30:00-05:00', '2019-06-21'],
    ['2019-06-21T10:00:00Z', '2019-06-21'],
    ['2019-06-21 10:00', '2019-06-21'],
    ['', null],
    [null, null],
    [undefined, null],
  ])('%j -> %j', (input, value) => {
    expect(parsePublished(input, 'published')).toEqual({ ok: true, value });
  });

  it.each([
    ['2019-02-31', /published: "2019-02-31" is not a real calendar date/],
    ['2019-02-29', /not a real calendar date/],
    ['2019-13-01', /not a real calendar date/],
    ['2019-00-10', /not a real calendar date/],
    ['0000-01-01', /implausible year/],
    ['21 June 2019', /not a date in the form YYYY-MM-DD/],
    ['2019/06/21', /not a date in the form YYYY-MM-DD/],
    ['yesterday', /not a date/],
    [20190621, /expected a date string/],
    ['2019-06-21' + 'x'.repeat(100_000), /not a date/],
  ])('%j -> error', (input, message) => {
    const result = parsePublished(input, 'published');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('names the field it was given', () => {
    expect(parsePublished('2019-02-31', '--published')).toMatchObject({ ok: false, message: expect.stringMatching(/^--published:/) });
  });
});
