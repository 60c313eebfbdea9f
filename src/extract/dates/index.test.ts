import { describe, expect, it } from 'vitest';
import { testDateTable } from './date-table.ts';
import { dates, findDates } from './index.ts';
import type { Context, Sentence } from '../../core/pipeline.ts';
import { createTrace } from '../../core/trace.ts';

// Whole sentences in the style of a daily conflict bulletin published on Friday 21 June 2019.
describe('dates end to end', () => {
  testDateTable([
    ['Pro-Assad forces shelled the village on Thursday, while on Friday jets returned.', '2019-06-21', [
      ['Thursday', '2019-06-20', '2019-06-20', 1],
      ['Friday', '2019-06-21', '2019-06-21', 1],
    ]],
    ['The offensive, which began on May 6, has displaced 300,000 people since late April.', '2019-06-21', [
      ['May 6', '2019-05-06', '2019-05-06', 1],
      ['since late April', '2019-04-21', '2019-06-21', 3, 'since'],
    ]],
    ['A truce agreed last September broke down two weeks ago.', '2019-06-21', [
      ['last September', '2018-09-01', '2018-09-30', 3],
      ['two weeks ago', '2019-06-03', '2019-06-09', 2],
    ]],
    ['The monitor said 2020 soldiers may have crossed at 1200 GMT on a march north.', '2019-06-21', []],
    ['In 2020 and early 2021 the front barely moved.', '2021-06-01', [
      ['2020', '2020-01-01', '2020-12-31', 3, 'stated'],
      ['early 2021', '2021-01-01', '2021-04-30', 3, 'stated'],
    ]],
    ['On 22 June 2022, protesters blocked the highway.', null, [['22 June 2022', '2022-06-22', '2022-06-22', 1, 'stated']]],
    ['Around 24 January 2022 (as reported), a man was killed.', null, [['24 January 2022', '2022-01-24', '2022-01-24', 1, 'stated']]],
    ['Overnight on Tuesday, 15 people were abducted.', '2019-06-21', [['Overnight on Tuesday', '2019-06-18', '2019-06-18', 1]]],
    ['Militants of the 5th Army Corps said 31 February and month 13/13/2019 are not dates.', '2019-06-21', []],
  ]);

  // A parser that backtracks on these would run for hours; the test's time limit is the guard, not a speed target.
  it('stays linear and quiet on hostile text', { timeout: 120_000 }, () => {
    for (const text of ['May '.repeat(50_000), '9'.repeat(200_000), '1 '.repeat(100_000), `3${' '.repeat(100_000)}March`]) {
      expect(Array.isArray(findDates(text, 0, '2019-06-21'))).toBe(true);
    }
  });

  it('reads a sentence in document coordinates', () => {
    const text = 'Header. Shelling resumed on Thursday.';
    const sentence: Sentence = { index: 1, paragraph: 0, span: { start: 8, end: text.length }, text: text.slice(8) };
    const ctx = { doc: { id: 'd', text, published: '2019-06-21' }, trace: createTrace(false) } as unknown as Context;
    const [mention] = dates.extract(ctx, sentence);
    expect(mention && text.slice(mention.span.start, mention.span.end)).toBe('Thursday');
    expect(mention).toMatchObject({ kind: 'date', start: '2019-06-20', end: '2019-06-20', precision: 1, since: false });
  });
});
