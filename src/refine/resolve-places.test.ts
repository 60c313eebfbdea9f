import { describe, expect, it } from 'vitest';
import { makeDocument } from '../core/document.ts';
import type { PlaceMention } from '../core/mention.ts';
import { runPipeline } from '../core/run.ts';
import { createTrace } from '../core/trace.ts';
import { placeNames } from '../extract/places/place-names.ts';
import { createMemoryGazetteer, type MemoryPlace } from '../geo/memory-gazetteer.ts';
import { SYRIA_ADMINS, SYRIA_COUNTRIES, SYRIA_PLACES } from '../geo/syria-fixture.ts';
import { resolvePlaces } from './resolve-places.ts';

const gazetteer = createMemoryGazetteer({ places: SYRIA_PLACES, countries: SYRIA_COUNTRIES, admins: SYRIA_ADMINS });

function resolved(text: string): string[] {
  const ctx = { doc: makeDocument({ id: 't', text }), gazetteer, lexicons: {} as never, trace: createTrace(false) };
  const state = runPipeline(ctx, [placeNames], [resolvePlaces]);
  return state.mentions
    .flat()
    .filter((m): m is PlaceMention => m.kind === 'place')
    .map((m) => `${text.slice(m.span.start, m.span.end)}|${m.level}|${m.admin1 ?? '-'}|${m.latitude === null ? 'no-point' : 'point'}`);
}

describe('resolve-places', () => {
  const table: readonly (readonly [string, readonly string[]])[] = [
    ['Troops advanced in northern Hama. They shelled the village of Jalmeh.', ['northern Hama|region|Hama|no-point', 'Jalmeh|town|Hama|point']],
    ['Shells fell on Homs Province. The village of Jalma was hit.', ['Homs Province|admin1|Homs|no-point', 'Jalma|town|Homs|point']],
    ['Clashes in northwest Hama Province. Rebels held the village of Qastoun.', ['northwest Hama Province|region|Hama|no-point', 'Qastoun|town|Hama|no-point']],
    ['Jets struck Damascus.', ['Damascus|town|Dimashq|point']],
    // Negative row: a near spelling outside any named province is not believed.
    ['Talks in Jalmez ended.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(resolved(text)).toEqual(expected);
  });

  it('does not mutate its input state', () => {
    const ctx = { doc: makeDocument({ id: 't', text: 'Shells hit the village of Jalmeh in Hama Province.' }), gazetteer, lexicons: {} as never, trace: createTrace(false) };
    const before = runPipeline(ctx, [placeNames], []);
    const copy = JSON.stringify(before);
    resolvePlaces.refine(ctx, before);
    expect(JSON.stringify(before)).toBe(copy);
  });
});

// Real names, made-up populations, chosen so that size alone would pick the wrong place.
function worldTown(id: string, name: string, countryCode: string, admin1Code: string, population: number, alternateNames: string[] = []): MemoryPlace {
  return { id: `test:${id}`, name, latitude: 1, longitude: 1, countryCode, feature: 'PPL', admin1Code, admin2Code: null, population, source: 'test', alternateNames };
}
const world = createMemoryGazetteer({
  places: [
    worldTown('pokrovka-kg', 'Pokrovka', 'KG', '02', 40000),
    worldTown('sumy', 'Sumy', 'UA', '21', 260000),
    worldTown('beni', 'Beni', 'CD', '11', 230000),
    worldTown('nice', 'Nice', 'FR', '93', 340000, ['Nis']),
    worldTown('nis', 'Nis', 'RS', 'SE', 250000),
    worldTown('kani-jp', 'Kani', 'JP', '09', 100000),
    worldTown('monywa', 'Monywa', 'MM', '10', 180000),
    worldTown('pale-ba', 'Pale', 'BA', '02', 7000),
    worldTown('pale-mm', 'Pale', 'MM', '10', 3000),
    worldTown('tokyo', 'Tokyo', 'JP', '09', 14000000),
  ],
  countries: [
    { code: 'UA', iso3: 'UKR', name: 'Ukraine', aliases: [] },
    { code: 'KG', iso3: 'KGZ', name: 'Kyrgyzstan', aliases: [] },
    { code: 'CD', iso3: 'COD', name: 'Democratic Republic of Congo', aliases: [] },
    { code: 'BO', iso3: 'BOL', name: 'Bolivia', aliases: [] },
    { code: 'FR', iso3: 'FRA', name: 'France', aliases: [] },
    { code: 'RS', iso3: 'SRB', name: 'Serbia', aliases: [] },
    { code: 'MM', iso3: 'MMR', name: 'Myanmar', aliases: ['Burma'] },
    { code: 'JP', iso3: 'JPN', name: 'Japan', aliases: [] },
  ],
  admins: [
    { countryCode: 'UA', code: '21', name: 'Sumy', aliases: [], level: 1 },
    { countryCode: 'KG', code: '02', name: 'Issyk-Kul', aliases: [], level: 1 },
    { countryCode: 'CD', code: '11', name: 'North Kivu', aliases: ['Nord-Kivu'], level: 1 },
    { countryCode: 'BO', code: '03', name: 'El Beni', aliases: ['Beni'], level: 1 },
    { countryCode: 'RS', code: 'SE', name: 'Nisava', aliases: [], level: 1 },
    { countryCode: 'FR', code: '93', name: "Provence-Alpes-Cote d'Azur", aliases: [], level: 1 },
    { countryCode: 'MM', code: '10', name: 'Sagaing', aliases: [], level: 1 },
    { countryCode: 'JP', code: '09', name: 'Gifu', aliases: [], level: 1 },
  ],
});

describe('resolve-places with the names written after a place', () => {
  const table: readonly (readonly [string, readonly string[]])[] = [
    // The province written after the town binds it, even when a bigger namesake lies abroad.
    ['Artillery hit Pokrovka, Sumy.', ['Pokrovka|town|Sumy|no-point', 'Sumy|admin1|Sumy|no-point']],
    // A bare province name followed by another country's province is the town there.
    ['Rebels raided Kalembo village (Beni, Nord-Kivu).', ['Kalembo|town|North Kivu|no-point', 'Beni|town|North Kivu|point', 'Nord-Kivu|admin1|North Kivu|no-point']],
    // A place's own name beats another place's alternate spelling.
    ['Parents protested in Nis.', ['Nis|town|Nisava|point']],
    // Negative rows: with nothing after it the bigger namesake stands; a list is not a chain.
    ['Artillery hit Pokrovka.', ['Pokrovka|town|Issyk-Kul|point']],
    ['Protests reached Beni.', ['Beni|town|North Kivu|point']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(resolvedIn(world, text)).toEqual(expected);
  });
});

describe('resolve-places in a report plainly about one country', () => {
  const table: readonly (readonly [string, readonly string[]])[] = [
    // Only namesakes abroad: the town keeps its name and the named province, with no point.
    ['Jets hit Sagaing Region. Troops burned the village of Kani.', ['Sagaing Region|admin1|Sagaing|no-point', 'Kani|town|Sagaing|no-point']],
    // A namesake inside the country beats a bigger one abroad.
    ['Fighting went on in Sagaing Region. Soldiers died near the town of Pale.', ['Sagaing Region|admin1|Sagaing|no-point', 'Pale|town|Sagaing|point']],
    // A bare province name of another country is the town in the report's country.
    ['Militias raided villages in North Kivu province. Soldiers reached Beni.', ['North Kivu province|admin1|North Kivu|no-point', 'Beni|town|North Kivu|point']],
    // Negative rows: without a country in view the bigger namesake stands; a famous city abroad stays itself.
    ['Troops burned the village of Kani.', ['Kani|town|Gifu|point']],
    ['Jets hit Sagaing Region. Exiles met in Tokyo.', ['Sagaing Region|admin1|Sagaing|no-point', 'Tokyo|town|Gifu|point']],
    // A town known only abroad keeps no province of that other country: it is in the report's country.
    ['Jets struck Myanmar again. Soldiers massed near Beni.', ['Myanmar|country|-|no-point', 'Beni|town|-|no-point']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(resolvedIn(world, text)).toEqual(expected);
  });
});

function resolvedIn(g: typeof world, text: string): string[] {
  const ctx = { doc: makeDocument({ id: 't', text }), gazetteer: g, lexicons: {} as never, trace: createTrace(false) };
  const state = runPipeline(ctx, [placeNames], [resolvePlaces]);
  return state.mentions
    .flat()
    .filter((m): m is PlaceMention => m.kind === 'place')
    .map((m) => `${text.slice(m.span.start, m.span.end)}|${m.level}|${m.admin1 ?? '-'}|${m.latitude === null ? 'no-point' : 'point'}`);
}

describe('resolve-places with imported places', () => {
  // Two villages of one key in one province, one from cities500 and one imported; a foreign province
  // ("Bar", Montenegro) whose name is also a Syrian village's.
  const place = (id: string, name: string, lat: number, lon: number, source: string, population: number): MemoryPlace => ({
    id, name, latitude: lat, longitude: lon, countryCode: 'SY', feature: 'PPL', admin1Code: '07', admin2Code: null, population, source,
  });
  const withImports = createMemoryGazetteer({
    places: [
      ...SYRIA_PLACES,
      place('gn:1', 'Tawil', 35.2, 40.1, 'geonames-cities500', 2500),
      place('ocha:1', 'Tawileh', 35.5, 40.4, 'ocha-cod', 0),
      place('ocha:2', 'Bara', 35.3, 40.2, 'ocha-cod', 0),
    ],
    countries: [...SYRIA_COUNTRIES, { code: 'ME', iso3: 'MNE', name: 'Montenegro', aliases: [] }],
    admins: [...SYRIA_ADMINS, { countryCode: 'ME', code: '02', name: 'Bar', aliases: [], level: 1 }],
  });
  function names(text: string): string[] {
    const ctx = { doc: makeDocument({ id: 't', text }), gazetteer: withImports, lexicons: {} as never, trace: createTrace(false) };
    return runPipeline(ctx, [placeNames], [resolvePlaces])
      .mentions.flat()
      .filter((m): m is PlaceMention => m.kind === 'place')
      .map((m) => `${m.name}|${m.country}|${m.placeId}`);
  }

  it.each([
    ['Shells hit Tawileh in Deir ez-Zor Province.', 'Tawileh|Syria|ocha:1'],
    ['Shells hit Tawil in Deir ez-Zor Province.', 'Tawil|Syria|gn:1'],
    ['Syrian regime forces shelled Bara in Deir ez-Zor Province.', 'Bara|Syria|ocha:2'],
  ])('%s', (text, expected) => {
    expect(names(text)[0]).toBe(expected);
  });
});
