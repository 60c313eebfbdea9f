import { describe, expect, it } from 'vitest';
import type { DateMention } from '../core/mention.ts';
import { periodCue, tallyCue } from './sentence-cues.ts';

// Sentences written for these tests.
describe('tallyCue', () => {
  it.each([
    ['At least 350 civilians have been killed so far in the campaign.', true],
    ['The toll this year stands at 40.', true],
    ['It was one of the deadliest air strikes launched by the army so far.', false],
    ['Shelling killed 4 people in Kafranbel on Monday.', false],
  ] as const)('%s', (sentence, expected) => {
    expect(tallyCue(sentence)).toBe(expected);
  });
});

describe('periodCue', () => {
  const date = (text: string, quote: string, start: string, end: string): DateMention => {
    const at = text.indexOf(quote);
    return { kind: 'date', span: { start: at, end: at + quote.length }, start, end, precision: 2, since: false, implied: null };
  };
  it.each([
    ['From 8 to 16 May, strikes killed 56 civilians.', 'From 8 to 16 May', '2019-05-08', '2019-05-16', true],
    ['Between 1 and 3 May, strikes killed 5 civilians.', 'Between 1 and 3 May', '2019-05-01', '2019-05-03', false],
    ['Gunmen killed 5 herders last week.', 'last week', '2019-05-06', '2019-05-12', false],
  ] as const)('%s', (sentence, quote, start, end, expected) => {
    expect(periodCue(sentence, 0, date(sentence, quote, start, end))).toBe(expected);
  });
});
