import { describe, expect, it } from 'vitest';
import { tallyCue } from './sentence-cues.ts';

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
