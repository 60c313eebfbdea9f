import { describe, expect, it } from 'vitest';
import { namesakeGazetteer } from '../../geo/namesakes-fixture.ts';
import { placeReadings } from '../../test-support/sentence-places.ts';

const gazetteer = namesakeGazetteer();

const places = (text: string): string[] => placeReadings(gazetteer, text);

describe('two places joined by a hyphen', () => {
  const table: readonly (readonly [string, readonly string[]])[] = [
    ['Floods closed schools across Rockville-Frederick on Friday.', ['Rockville|town|Rockville', 'Frederick|town|Frederick']],
    ['Service on the Atlanta-Savannah bus resumed.', ['Atlanta|town|Atlanta', 'Savannah|town|Savannah']],
    ['Georgia-Canada trade grew.', ['Georgia|country|Georgia', 'Canada|country|Canada']],
    // A road or a front line is coded at its first place, as before.
    ['Traffic stopped on the Atlanta-Macon road.', ['Atlanta|town|Atlanta']],
    // Negative rows: a known name with a part that is no place of size, an acronym after the hyphen.
    ['Fans of Atlanta-Fulton met.', []],
    ['The Macon-FPIC militia withdrew.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});
