import { describe, expect, it } from 'vitest';
import { makeDocument } from '../core/document.ts';
import type { PlaceMention } from '../core/mention.ts';
import { runPipeline } from '../core/run.ts';
import { createTrace } from '../core/trace.ts';
import { placeNames } from '../extract/places/place-names.ts';
import type { AdminUnit } from '../geo/gazetteer.ts';
import { createMemoryGazetteer } from '../geo/memory-gazetteer.ts';
import { resolvePlaces } from './resolve-places.ts';

const state = (code: string, name: string): AdminUnit => ({ countryCode: 'US', code, name, aliases: [], level: 1 });
const gazetteer = createMemoryGazetteer({
  places: [
    { id: 't:dc', name: 'Washington', latitude: 38.9, longitude: -77.04, countryCode: 'US', feature: 'PPLC', admin1Code: 'DC', admin2Code: null, population: 700000, source: 'test' },
    { id: 't:salem', name: 'Salem', latitude: 44.94, longitude: -123.03, countryCode: 'US', feature: 'PPLA', admin1Code: 'OR', admin2Code: null, population: 170000, source: 'test' },
  ],
  countries: [{ code: 'US', iso3: 'USA', name: 'United States', aliases: [] }],
  admins: [state('OR', 'Oregon'), state('UT', 'Utah'), state('WA', 'Washington'), state('WY', 'Wyoming'), state('DC', 'District of Columbia')],
});

function resolved(text: string): string[] {
  const ctx = { doc: makeDocument({ id: 't', text }), gazetteer, lexicons: {} as never, trace: createTrace(false) };
  return runPipeline(ctx, [placeNames], [resolvePlaces])
    .mentions.flat()
    .filter((m): m is PlaceMention => m.kind === 'place')
    .map((m) => `${text.slice(m.span.start, m.span.end)}|${m.level}`);
}

describe('names listed among provinces of one country', () => {
  const table: readonly (readonly [string, readonly string[]])[] = [
    ['Illnesses were reported in Oregon, Utah, Washington and Wyoming.',
      ['Oregon|admin1', 'Utah|admin1', 'Washington|admin1', 'Wyoming|admin1']],
    // Negative rows: two names are no list; a town with no province of its name stays the town.
    ['Officials from Washington and Oregon met.', ['Washington|town', 'Oregon|admin1']],
    ['Illnesses were reported in Utah, Wyoming and Salem.', ['Utah|admin1', 'Wyoming|admin1', 'Salem|town']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(resolved(text)).toEqual(expected);
  });
});
