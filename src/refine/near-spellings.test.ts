import { describe, expect, it } from 'vitest';
import { makeDocument } from '../core/document.ts';
import type { PlaceMention } from '../core/mention.ts';
import { runPipeline } from '../core/run.ts';
import { createTrace } from '../core/trace.ts';
import { placeNames } from '../extract/places/place-names.ts';
import { CITIES500_SOURCE } from '../geo/embedded-gazetteer.ts';
import type { AdminUnit, CountryInfo } from '../geo/gazetteer.ts';
import { createMemoryGazetteer, type MemoryPlace } from '../geo/memory-gazetteer.ts';
import { resolvePlaces } from './resolve-places.ts';

// Made-up villages as a user's import would list them, and one made-up cities500 town.
function village(id: string, name: string, admin1: string, lat: number, lon: number, source = 'import'): MemoryPlace {
  return { id, name, latitude: lat, longitude: lon, countryCode: 'SY', feature: 'PPL', admin1Code: admin1, admin2Code: null, population: 0, source, alternateNames: [] };
}
const PLACES: readonly MemoryPlace[] = [
  village('v1', 'Kafr Tulin', '12', 35.7, 36.6),
  village('v2', 'Manaq', '09', 36.5, 37.0),
  village('v3', 'Dhahabiyeh', '09', 36.3, 37.4),
  village('v4', 'Jisrin', '10', 35.2, 36.7, CITIES500_SOURCE),
];
const ADMINS: readonly AdminUnit[] = [
  { countryCode: 'SY', code: '09', name: 'Aleppo', aliases: [], level: 1 },
  { countryCode: 'SY', code: '10', name: 'Hama', aliases: [], level: 1 },
  { countryCode: 'SY', code: '12', name: 'Idlib', aliases: [], level: 1 },
];
const COUNTRIES: readonly CountryInfo[] = [{ code: 'SY', iso3: 'SYR', name: 'Syria', aliases: [] }];
const gazetteer = createMemoryGazetteer({ places: PLACES, countries: COUNTRIES, admins: ADMINS });

function towns(text: string): string[] {
  const ctx = { doc: makeDocument({ id: 't', text }), gazetteer, lexicons: {} as never, trace: createTrace(false) };
  const state = runPipeline(ctx, [placeNames], [resolvePlaces]);
  return state.mentions
    .flat()
    .filter((m): m is PlaceMention => m.kind === 'place' && m.level === 'town')
    .map((m) => `${text.slice(m.span.start, m.span.end)}|${m.name}|${m.latitude === null ? 'no-point' : 'point'}`);
}

describe('places spelt otherwise than the import', () => {
  const table: readonly (readonly [string, readonly string[]])[] = [
    // An uncued near spelling of an imported village, in the province the report names.
    ['Government forces shelled Kafar Tuleen in Idlib countryside.', ['Kafar Tuleen|Kafr Tulin|point']],
    // A consonant written otherwise: qaf as "gh", dhal as "z".
    ['Reinforcements reached the base near Menagh in Aleppo countryside.', ['Menagh|Manaq|point']],
    ['Drones struck Zahabiyeh, east of Aleppo city.', ['Zahabiyeh|Dhahabiyeh|point']],
    // Negative rows: no province named, so the guess is not believed;
    ['Government forces shelled Kafar Tuleen overnight.', []],
    // the respelling's village lies in another province than the one named ("near" says it is a place: kept
    // with no point);
    ['Reinforcements reached the base near Menagh in Hama countryside.', ['Menagh|Menagh|no-point']],
    // a near spelling of a cities500 town is no place without a cue, as before;
    ['Government forces shelled Jisreen in Hama countryside.', []],
    // a word opening the sentence is not read as a guessed spelling.
    ['Manak said nothing about the shelling in Aleppo countryside.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(towns(text)).toEqual(expected);
  });
});
