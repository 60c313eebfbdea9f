import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../core/document.ts';
import { createTrace } from '../../core/trace.ts';
import type { Gazetteer } from '../../geo/gazetteer.ts';
import { createMemoryGazetteer } from '../../geo/memory-gazetteer.ts';
import { SYRIA_ADMINS, SYRIA_COUNTRIES, SYRIA_PLACES } from '../../geo/syria-fixture.ts';
import { placeNames } from './place-names.ts';

const gazetteer = createMemoryGazetteer({ places: SYRIA_PLACES, countries: SYRIA_COUNTRIES, admins: SYRIA_ADMINS });

function places(text: string): string[] {
  const doc = makeDocument({ id: 't', text });
  const ctx = { doc, gazetteer, lexicons: {} as never, trace: createTrace(false) };
  const sentence = { index: 0, paragraph: 0, span: { start: 0, end: text.length }, text };
  return placeNames.extract(ctx, sentence).map((m) => {
    expect(text.slice(m.span.start, m.span.end).length).toBe(m.span.end - m.span.start);
    if (m.kind !== 'place') throw new Error('not a place');
    return `${text.slice(m.span.start, m.span.end)}|${m.level}|${m.admin1 ?? m.country ?? '-'}|${m.latitude === null ? 'no-point' : 'point'}`;
  });
}

describe('place-names', () => {
  const table: readonly (readonly [string, readonly string[]])[] = [
    ['Shelling hit Idlib Province overnight.', ['Idlib Province|admin1|Idlib|no-point']],
    ['A drone struck western Aleppo Province.', ['western Aleppo Province|region|Aleppo|no-point']],
    ['Families fled northern Hama and Idlib Provinces.', ['northern Hama|region|Hama|no-point', 'Idlib Provinces|admin1|Idlib|no-point']],
    ['Aid reached Idlib and Northern Hama Provinces.', ['Idlib|admin1|Idlib|no-point', 'Northern Hama Provinces|region|Hama|no-point']],
    ['Shells fell on Kafr Nabl and Maarat al-Numan.', ['Kafr Nabl|town|Idlib|point', 'Maarat al-Numan|town|Idlib|point']],
    ['Clashes near the town of Tal Maleh continued.', ['Tal Maleh|town|Hama|point']],
    ['Rebels held the village of Qastoun.', ['Qastoun|town|-|no-point']],
    // A plural cue makes every name of its list a place, articles and all; the list ends at "in Hama".
    [
      'Helicopters hit the villages of al Ghab, Tell Wassit and Ziyara in Hama governorate.',
      ['Ghab|town|-|no-point', 'Tell Wassit|town|-|no-point', 'Ziyara|town|-|no-point', 'Hama governorate|admin1|Hama|no-point'],
    ],
    ['Troops met Abu Omar, Ali Said and Hassan Bakr.', []],
    ['Crops burned in the Idlib countryside.', ['Idlib countryside|region|Idlib|no-point']],
    ['Fighting in Deir ez-Zor and Syria.', ['Deir ez-Zor|town|Deir ez-Zor|point', 'Syria|country|Syria|no-point']],
    // A possessive ending is no part of the name; the span stops before it.
    ["Idlib's hospitals and Syria’s border were hit.", ['Idlib|town|Idlib|point', 'Syria|country|Syria|no-point']],
    // Initialisms with dots are one name; a lone capital letter is not.
    ['Families returned to Jalma Camp.', ['Jalma Camp|town|Hama|point']],
    ['Shells fell on the M4 Highway near Jalma.', ['Jalma|town|Hama|point']],
    // A country before a unit word is the country: the district is not named.
    ['It is the fastest-growing Syria district.', ['Syria|country|Syria|no-point']],
    // A plural unit word covers the whole list before it.
    ['Floods reached the Qastoun, Ziyara and Tell Wassit counties.', ['Qastoun|admin2|-|no-point', 'Ziyara|admin2|-|no-point', 'Tell Wassit counties|admin2|-|no-point']],
    // A district word in lower case before "of" says what the name is; a province word may name the governor's offices.
    ['Shelling hit the district of Qastoun.', ['Qastoun|admin2|-|no-point']],
    // Capitalised, the word starts an organisation's name, refused as before.
    ['The Department of Idlib Affairs spoke.', []],
    // A word opening a clause capitalised is no part of the name; a list after "villages:" is a list of places.
    ['Neighbouring Syria closed its border.', ['Syria|country|Syria|no-point']],
    ['While Jalma burned, talks went on.', ['Jalma|town|Hama|point']],
    ['Shelling hit three villages: Qastoun, Ziyara and Jalma.', ['Qastoun|town|-|no-point', 'Ziyara|town|-|no-point', 'Jalma|town|Hama|point']],
    // A weekday or a month written out ends a name: "Jalma Friday" is Jalma on a Friday.
    ['Shells fell on Jalma Friday night and on Idlib March 3.', ['Jalma|town|Hama|point', 'Idlib|town|Idlib|point']],
    // Continents and world regions are areas (no point, no province); a sea is no place at all.
    ['Refugees from West Africa and the Middle East crossed the Mediterranean.', ['West Africa|area|-|no-point', 'Middle East|area|-|no-point']],
    ['The virus spread from Asia to western Europe and the Mideast.', ['Asia|area|-|no-point', 'western Europe|area|-|no-point', 'Mideast|area|-|no-point']],
    ['Aid from the U.S. reached Syria. Plan B failed.', ['U.S.|country|United States|no-point', 'Syria|country|Syria|no-point']],
    ['Aid came from the U.S. The convoy reached Syria.', ['U.S.|country|United States|no-point', 'Syria|country|Syria|no-point']],
    // A place names the office of the person after it; an organisation's name stays whole, and refused.
    ['Syria Envoy Omar Haddad met Hama Health Minister Ali Saleh.', ['Syria|country|Syria|no-point', 'Hama|admin1|Hama|no-point']],
    // "Hama Governor" reads like "the Damascus government": an actor, by design.
    ['Hama Governor Ali Saleh spoke.', []],
    ['Aleppo Police Chief Omar Haddad and Prime Minister Ali Saleh spoke.', []],
    // Two countries joined by a hyphen are two names; a country's name with "of the" or "and" in it is one.
    ['Syria-Turkey ties soured.', ['Syria|country|Syria|no-point', 'Turkey|country|Turkey|no-point']],
    ['Envoys of the Syrian Arab Republic met.', ['Syrian Arab Republic|country|Syria|no-point']],
    // Negative rows: demonyms, actors, products, organisations, months, people.
    ['Syrian and Turkish troops met on Thursday in June.', []],
    ['The Damascus government rejected the claim.', []],
    ['She sells Aleppo soap.', []],
    ['The White Helmets and the Syrian Observatory for Human Rights reported it.', []],
    ['President Bashar al-Assad spoke.', []],
    ['Hay’at Tahrir al-Sham denied it.', []],
    // An all-capital word is an acronym, not the town it spells.
    ['Graffiti read HAMA on the wall.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

// Names whose first word would otherwise be read as a compass point or skipped.
const wider = createMemoryGazetteer({
  places: [],
  countries: [
    { code: 'SD', iso3: 'SDN', name: 'Sudan', aliases: [] }, { code: 'SS', iso3: 'SSD', name: 'South Sudan', aliases: [] },
    { code: 'ZA', iso3: 'ZAF', name: 'South Africa', aliases: [] },
    { code: 'CD', iso3: 'COD', name: 'Democratic Republic of the Congo', aliases: [] },
    { code: 'DO', iso3: 'DOM', name: 'Dominican Republic', aliases: [] },
    { code: 'NZ', iso3: 'NZL', name: 'New Zealand', aliases: [] },
  ],
  admins: [
    { countryCode: 'SD', code: '02', name: 'North Darfur', aliases: [], level: 1 }, { countryCode: 'SD', code: '29', name: 'Khartoum', aliases: [], level: 1 },
    { countryCode: 'DK', code: '85', name: 'Zealand', aliases: [], level: 1 },
  ],
});

describe('place-names with a leading word that belongs to the name', () => {
  const table: readonly (readonly [string, readonly string[]])[] = [
    ['Refugees crossed into South Sudan.', ['South Sudan|country|South Sudan']],
    ['Herders clashed in North Darfur.', ['North Darfur|admin1|North Darfur']],
    // Negative row: a compass word before a name that is not a unit of its own stays a region.
    ['Rain fell across South Khartoum.', ['South Khartoum|region|Khartoum']],
    // A country whose name holds a continent's is the country; the continent alone is an area.
    ['Cases rose in South Africa and across Africa.', ['South Africa|country|South Africa', 'Africa|area|Africa']],
    ['Herders fled Darfur for East Africa.', ['Darfur|area|Darfur', 'East Africa|area|East Africa']],
    ['Plague spread in the Democratic Republic of the Congo and the Dominican Republic.', ['Democratic Republic of the Congo|country|Democratic Republic of the Congo', 'Dominican Republic|country|Dominican Republic']],
    // A capitalised function word opening the sentence is no part of the name, nor of its span.
    ['In New Zealand, students fell ill.', ['New Zealand|country|New Zealand']],
    // Negative row: a demonym before a common word names nothing unless the whole is a country.
    ['The Sudanese Republic of old is gone.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    const ctx = { doc: makeDocument({ id: 't', text }), gazetteer: wider, lexicons: {} as never, trace: createTrace(false) };
    const sentence = { index: 0, paragraph: 0, span: { start: 0, end: text.length }, text };
    const got = placeNames.extract(ctx, sentence).map((m) => (m.kind === 'place' ? `${text.slice(m.span.start, m.span.end)}|${m.level}|${m.name}` : ''));
    expect(got).toEqual(expected);
  });
});

/** Each place the sentence names, as "span|level|point" or "span|level|no-point". */
function pointed(gazetteer: Gazetteer, text: string): string[] {
  const ctx = { doc: makeDocument({ id: 't', text }), gazetteer, lexicons: {} as never, trace: createTrace(false) };
  const sentence = { index: 0, paragraph: 0, span: { start: 0, end: text.length }, text };
  return placeNames.extract(ctx, sentence).map((m) => (m.kind === 'place' ? `${text.slice(m.span.start, m.span.end)}|${m.level}|${m.latitude === null ? 'no-point' : 'point'}` : ''));
}

// US places and a Puerto Rican namesake, as a wire story or an ACLED note writes them.
const us = (id: string, name: string, lat: number, lon: number, country: string, admin1: string, population: number, feature = 'PPL') =>
  ({ id: `test:${id}`, name, latitude: lat, longitude: lon, countryCode: country, feature, admin1Code: admin1, admin2Code: null, population, source: 'test', alternateNames: [] });
const american = createMemoryGazetteer({
  places: [
    us('miami', 'Miami', 25.77, -80.19, 'US', 'FL', 441003, 'PPLA2'),
    us('key-west', 'Key West', 24.56, -81.78, 'US', 'FL', 24649),
    us('burlington', 'Burlington', 44.48, -73.21, 'US', 'VT', 42417),
    us('nyc', 'New York City', 40.71, -74.01, 'US', 'NY', 8804190),
    us('florida-pr', 'Florida', 18.36, -66.56, 'PR', '054', 12367, 'PPLA'),
    us('university', 'University', 28.07, -82.43, 'US', 'FL', 41163),
    us('sog', 'Sog', 44.96, 3.54, 'FR', '84', 2000),
  ],
  countries: [{ code: 'US', iso3: 'USA', name: 'United States', aliases: [] }, { code: 'PR', iso3: 'PRI', name: 'Puerto Rico', aliases: [] }],
  admins: [
    { countryCode: 'US', code: 'FL', name: 'Florida', aliases: [], level: 1 },
    { countryCode: 'US', code: 'VT', name: 'Vermont', aliases: [], level: 1 },
    { countryCode: 'US', code: 'NY', name: 'New York', aliases: [], level: 1 },
    { countryCode: 'PR', code: '054', name: 'Florida', aliases: [], level: 1 },
  ],
});

describe('place-names in wire copy and coders\' notes', () => {
  const table: readonly (readonly [string, readonly string[]])[] = [
    // A party letter is no place; a province's name after a town and a bracket is the town's province.
    ['Senator Ana Ruiz (D) spoke at a rally in Miami (Florida).', ['Miami|town|point', 'Florida|admin1|no-point']],
    // A compass word before a bracket does not reach the name inside it.
    ['Boats gathered at Key West (Florida).', ['Key West|town|point', 'Florida|admin1|no-point']],
    // A town whose name ends in a word that usually stands apart.
    ['Workers rallied in New York City.', ['New York City|town|point']],
    // Organisations: "University of ..." and a mixed-case acronym are not towns.
    ['Staff met at the University of Vermont in Burlington (Vermont).', ['Burlington|town|point', 'Vermont|admin1|no-point']],
    ['The SoG and the CRPF exchanged fire.', []],
    // A list is no chain: the second name stands on its own.
    ['Marches reached Miami, Florida and Key West.', ['Miami|town|point', 'Florida|town|point', 'Key West|town|point']],
    // A name no gazetteer lists, written before a province as coders write villages, is a place.
    ['Looters hit Dunmore, Vermont.', ['Dunmore|town|no-point', 'Vermont|admin1|no-point']],
    // Negative rows: a road or an office before the town, and an all-capital name, are not settlements.
    ['Students marched on Kendal Road, Burlington.', ['Burlington|town|point']],
    ['Teachers of the SNES-FSU, Burlington marched.', ['Burlington|town|point']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(pointed(american, text)).toEqual(expected);
  });
});

// Towns named like English words, and a country whose French name is one ("Grenade").
const worded = createMemoryGazetteer({
  places: [
    us('salt', 'Salt', 32.04, 35.73, 'JO', '02', 107000, 'PPLA'),
    us('commerce', 'Commerce', 34.0, -118.16, 'US', 'CA', 12800),
    us('brig', 'Brig', 46.32, 7.99, 'CH', 'VS', 13000),
    us('murle', 'Murle', 60.35, 23.28, 'FI', '02', 9000),
    us('progress', 'Progress', 40.28, -76.83, 'US', 'PA', 9800),
    us('butere', 'Butere', 0.21, 34.49, 'KE', '05', 6000),
    us('pap', 'Port-au-Prince', 18.54, -72.34, 'HT', '11', 1234742, 'PPLC'),
    us('port', 'Port', 46.0, 6.5, 'FR', '84', 3000),
    { ...us('xian', "Xi'an", 34.26, 108.93, 'CN', '26', 12900000, 'PPLA'), alternateNames: ['Changan', 'Change'] },
    { ...us('genoa', 'Genoa', 44.41, 8.93, 'IT', '08', 580000, 'PPLA'), alternateNames: ['Genova'] },
  ],
  countries: [
    { code: 'TR', iso3: 'TUR', name: 'Turkey', aliases: [] },
    { code: 'GD', iso3: 'GRD', name: 'Grenada', aliases: ['Grenade'] },
    { code: 'KE', iso3: 'KEN', name: 'Kenya', aliases: [] },
    { code: 'US', iso3: 'USA', name: 'United States', aliases: ['US'] },
  ],
  admins: [{ countryCode: 'CH', code: 'GE', name: 'Geneva', aliases: ['Geneve'], level: 1 }],
});

describe('place-names and common words', () => {
  const table: readonly (readonly [string, readonly string[]])[] = [
    // A common word opening a sentence is capitalised for its place there, not as a name.
    ['Salt prices rose in Butere.', ['Butere|town|point']],
    ['Grenade attack in Butere wounded two.', ['Butere|town|point']],
    // A country spelt exactly so still opens a sentence as itself.
    ['Turkey shelled Butere.', ['Turkey|country|no-point', 'Butere|town|point']],
    // Capitals that are not just a sentence's: an initialism, or a word before a unit word.
    ['US envoys landed in Butere.', ['US|country|no-point', 'Butere|town|point']],
    ['Licking County deputies drove to Butere.', ['Licking County|admin2|no-point', 'Butere|town|point']],
    // Cued, the same word is the town.
    ['Police fired on protesters in Salt.', ['Salt|town|point']],
    // Inside an organisation's name, after a title, or naming a militia, a name is not where it happened.
    ['Traders protested outside the Directorate of Commerce in Butere.', ['Butere|town|point']],
    ['Supporters of the Movement for Progress met in Butere.', ['Butere|town|point']],
    // In lower case the word names no organisation: the town is where it happened.
    ['Nurses protested at the hospital of Commerce.', ['Commerce|town|point']],
    // Inside a sentence a common word is a town only when spelt exactly as one.
    ['The region president (Let\'s Change) marched in Genova.', ['Genova|town|point']],
    ['Her sister lives in Salt.', ['Salt|town|point']],
    // A town by its own local name is no looser spelling of a province elsewhere (Geneva).
    ['Thousands marched through Genova.', ['Genova|town|point']],
    // A title word after a particle is part of the name, not an office: "Prince" in Port-au-Prince.
    ['Gangs attacked Port-au-Prince on Monday.', ['Port-au-Prince|town|point']],
    ['A police Brig. was shot in Butere.', ['Butere|town|point']],
    ['Murle militia raided cattle camps near Butere.', ['Butere|town|point']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(pointed(worded, text)).toEqual(expected);
  });
});
