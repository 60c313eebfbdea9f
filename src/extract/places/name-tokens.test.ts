import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/tokens.ts';
import { nameTokens } from './name-tokens.ts';

function read(text: string): string[] {
  return nameTokens(tokenize(text), text, 0).map((t) => {
    // The span covers the token as written; only a space inside a state written short ("W. Va.") is dropped.
    expect(text.slice(t.start, t.end).replace(/\s/g, '')).toBe(t.raw);
    return t.raw;
  });
}

describe('nameTokens', () => {
  const table: readonly (readonly [string, readonly string[]])[] = [
    ['Aid reached the U.S. on Monday.', ['Aid', 'reached', 'the', 'U.S.', 'on', 'Monday']],
    ["Egypt's border", ['Egypt', 'border']],
    ['Police in St. Paul and Mt. Pleasant', ['Police', 'in', 'St.', 'Paul', 'and', 'Mt.', 'Pleasant']],
    ['A Charleston, W.Va., man', ['A', 'Charleston', 'W.Va.', 'man']],
    ['Charleston, W. Va. roads', ['Charleston', 'W.Va.', 'roads']],
    // Negative rows: a short word that opens no name, an initial before a word that is no state.
    ['He lives on Elm St. downtown.', ['He', 'lives', 'on', 'Elm', 'St', 'downtown']],
    ['John W. Bo. Smith', ['John', 'W', 'Bo', 'Smith']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
