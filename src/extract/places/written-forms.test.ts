import { describe, expect, it } from 'vitest';
import { namesakeGazetteer } from '../../geo/namesakes-fixture.ts';
import { placeReadings } from '../../test-support/sentence-places.ts';

const gazetteer = namesakeGazetteer();

const places = (text: string): string[] => placeReadings(gazetteer, text);

describe('place names written short or in datelines', () => {
  const table: readonly (readonly [string, readonly string[]])[] = [
    ['He moved to Rockville, Md. last year.', ['Rockville|town|Rockville', 'Md|admin1|Maryland']],
    ['The firm is based in Atlanta, Ga., officials said.', ['Atlanta|town|Atlanta', 'Ga|admin1|Georgia']],
    ['Flights from N.Y. were cancelled.', ['N.Y.|admin1|New York']],
    ['Mail it to Macon, GA 31201.', ['Macon|town|Macon', 'GA|admin1|Georgia']],
    ['ATLANTA — Power was restored on Monday.', ['ATLANTA|town|Atlanta']],
    ['ATLANTA (AP) — Power was restored on Monday.', ['ATLANTA|town|Atlanta']],
    ['ATLANTA -- Power was restored on Monday.', ['ATLANTA|town|Atlanta']],
    // A byline and its date before the dateline; a clause opened by the dateline's dash drops its article.
    ['By Ann Cole March 24, 2009 ATLANTA -- Power was restored.', ['ATLANTA|town|Atlanta']],
    ['ATLANTA — A Macon man was arrested.', ['ATLANTA|town|Atlanta', 'Macon|town|Macon']],
    ['Rep. Ann Cole, D-Pleasanton, filed the bill.', ['Pleasanton|town|Pleasanton']],
    ['Aid from the United States arrived.', ['United States|country|United States']],
    ['Fires burned near Red Deer overnight.', ['Red Deer|town|Red Deer']],
    // Negative rows: a word-like abbreviation with no town before it, a postal code alone, capitals that are no dateline.
    ['Miss. Jones taught the class.', []],
    ['The GA meeting was held.', []],
    ['Graffiti read ATLANTA on the wall.', []],
    ['Prices rose 4 percent in 2009 ATLANTA said nothing.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});
