import { describe, expect, it } from 'vitest';
import { makeDocument } from '../core/document.ts';
import type { PlaceMention } from '../core/mention.ts';
import { runPipeline } from '../core/run.ts';
import { createTrace } from '../core/trace.ts';
import { placeNames } from '../extract/places/place-names.ts';
import { createMemoryGazetteer, type MemoryPlace } from '../geo/memory-gazetteer.ts';
import { resolvePlaces } from './resolve-places.ts';

// Small towns named like people, and one named like an English word. Populations are made up.
function town(name: string, admin1Code: string, population: number, latitude: number, longitude: number): MemoryPlace {
  return { id: `fixture:${name.toLowerCase()}`, name, latitude, longitude, countryCode: 'US', feature: 'PPL', admin1Code, admin2Code: null, population, source: 'test' };
}

const gazetteer = createMemoryGazetteer({
  places: [town('Brayfield', 'FL', 4000, 29.4, -82.9), town('Hollis', 'FL', 9000, 29.6, -82.3), town('Among', 'TX', 600, 31.0, -97.0)],
  countries: [{ code: 'US', iso3: 'USA', name: 'United States', aliases: [] }],
  admins: [{ countryCode: 'US', code: 'FL', name: 'Florida', aliases: [], level: 1 }],
});

function places(text: string): string[] {
  const ctx = { doc: makeDocument({ id: 't', text }), gazetteer, lexicons: {} as never, trace: createTrace(false) };
  return runPipeline(ctx, [placeNames], [resolvePlaces])
    .mentions.flat()
    .filter((m): m is PlaceMention => m.kind === 'place' && m.level === 'town')
    .map((m) => `${text.slice(m.span.start, m.span.end)}@${m.span.start}`);
}

describe('document-names', () => {
  const table: readonly (readonly [string, readonly string[]])[] = [
    // A small town opening a headline is believed once the report names it again.
    ['Brayfield man hurt in crash. The crash happened north of Brayfield in Florida.', ['Brayfield@0', 'Brayfield@57']],
    // After an opening "A", the name is capitalised for itself: no second mention needed.
    ['A Brayfield man was hurt on Monday.', ['Brayfield@2']],
    // Negative row: named nowhere else, the opening word stays a word.
    ['Among the injured was a child, officers in Florida said.', []],
    // A person named in full is later called by the family name: no town then, unless the words place it.
    [
      'Deputy Sheriff Tom Hollis said the driver fled. Hollis said a second car was found in Hollis, Florida.',
      ['Hollis@86'],
    ],
    ['Residents of Hollis met on Monday. Hollis police closed the road.', ['Hollis@13']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});
