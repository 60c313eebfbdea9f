import { describe, expect, it } from 'vitest';
import { candidateCountryHints } from './candidate-countries.ts';
import { namesakeGazetteer } from './namesakes-fixture.ts';

const gazetteer = namesakeGazetteer();
const votes = (names: string[]): string[] => candidateCountryHints(gazetteer, names).map((h) => `${h.countryCode} ${h.weight.toFixed(2)}`);

describe('candidateCountryHints', () => {
  const table: readonly (readonly [string[], string[]])[] = [
    // Three names only the United States has: a vote of 0.4 each.
    [['Rockville', 'Frederick', 'Savannah'], ['US 1.20']],
    // The same name twice is one vote.
    [['Rockville', 'Rockville', 'Frederick', 'Savannah'], ['US 1.20']],
    // A name shared between countries splits its vote by prominence: Athens is mostly Greece's.
    [['Athens', 'Tbilisi', 'Batumi', 'Kutaisi'], ['GE 1.20']],
    // Negative rows: one or two names are too few to speak for a country; unknown names say nothing.
    [['Rockville', 'Frederick'], []],
    [['Nowhere', 'Elsewhere', 'Anywhere'], []],
  ];
  it.each(table)('%j', (names, expected) => {
    expect(votes(names)).toEqual(expected);
  });
});
