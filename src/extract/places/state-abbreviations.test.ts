import { describe, expect, it } from 'vitest';
import { provinceAbbreviation } from './state-abbreviations.ts';

describe('provinceAbbreviation', () => {
  const table: readonly (readonly [string, boolean, string | null])[] = [
    ['Calif.', false, 'US California'],
    ['Ga.', true, 'US Georgia'],
    ['N.Y.', false, 'US New York'],
    ['W.Va.', true, 'US West Virginia'],
    ['Ont.', false, 'CA Ontario'],
    ['GA', true, 'US Georgia'],
    ['Miss.', true, 'US Mississippi'],
    // Negative rows: a postal code or a word-like abbreviation with no town before it, a word with no dot.
    ['GA', false, null],
    ['Miss.', false, null],
    ['Wash.', false, null],
    ['Calif', false, null],
    ['ZZ', true, null],
  ];
  it.each(table)('%s (after a name: %s)', (written, afterName, expected) => {
    const found = provinceAbbreviation(written, afterName);
    expect(found ? `${found.countryCode} ${found.name}` : null).toBe(expected);
  });
});
