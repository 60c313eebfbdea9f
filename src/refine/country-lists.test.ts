import { describe, expect, it } from 'vitest';
import { namesakeGazetteer } from '../geo/namesakes-fixture.ts';
import { resolvedPlaces } from '../test-support/resolved-places.ts';

const gazetteer = namesakeGazetteer();

function resolved(text: string): string[] {
  return resolvedPlaces(gazetteer, text)
    .filter((m) => m.level === 'country' || m.level === 'admin1')
    .map((m) => `${text.slice(m.span.start, m.span.end)}|${m.level}|${m.iso3}`);
}

describe('country names listed beside other countries', () => {
  const table: readonly (readonly [string, readonly string[]])[] = [
    ['ATLANTA — Storms hit Macon, Savannah and Athens on Monday. Crews came from France, Georgia and Greece.',
      ['France|country|FRA', 'Georgia|country|GEO', 'Greece|country|GRC']],
    // Negative rows: two names may be a state and a country; a state after a town and a comma places the town.
    ['ATLANTA — Storms hit Macon, Savannah and Athens on Monday. Crews came from Georgia and Canada.', ['Georgia|admin1|USA', 'Canada|country|CAN']],
    ['ATLANTA — Storms hit Macon, Savannah and Athens on Monday. Crews came from Macon, Georgia, Canada and France.',
      ['Georgia|admin1|USA', 'Canada|country|CAN', 'France|country|FRA']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(resolved(text)).toEqual(expected);
  });
});
