import type { Mention, PlaceMention } from '../core/mention.ts';
import type { Context, Refiner, State } from '../core/pipeline.ts';
import { quote } from '../core/span.ts';
import { corePlaceName } from '../extract/places/place-words.ts';
import { adminMention, CUED_SCORE, townMention } from '../extract/places/place-mention.ts';
import type { AdminUnit, Gazetteer, GazetteerPlace, PlaceMatch } from '../geo/gazetteer.ts';
import { districtSeat, seatDistrict } from './district-seat.ts';
import { documentNames } from './document-names.ts';
import { embeddedProvinces } from './embedded-provinces.ts';
import { listedCountries } from './country-lists.ts';
import { listedProvinces } from './province-lists.ts';
import { attachedContexts, type AttachedContext } from '../geo/attached-context.ts';
import { countryHints } from '../extract/places/country-hints.ts';
import { documentCountries, type CountryHint } from '../geo/document-countries.ts';
import { NearPlaces } from '../geo/near-places.ts';
import { HomeProvinces } from '../geo/home-provinces.ts';
import { nameSupport } from '../geo/name-support.ts';
import { candidateCountryHints } from '../geo/candidate-countries.ts';
import { NamedUnitIndex, namedUnits, type NamedUnit } from '../geo/place-context.ts';
import { withoutTopicCountries } from './topic-countries.ts';
import { namedCounties, type NamedCounties } from './named-counties.ts';
import { localTownCue } from './local-town-cues.ts';
import { placeProminence } from '../geo/place-prominence.ts';
import { nameWords } from '../geo/place-key.ts';
import { matchesWithVariants } from '../geo/variant-matches.ts';
import { provinceInDocumentCountry, provinceInsteadOfCountry, provinceInsteadOfTown, townInsteadOfCountry } from './province-namesake.ts';
import { FAMOUS, isPlausible, PROMINENT, scoreCandidate, type Anchors, type DocumentContext } from './candidate-score.ts';

// A city of some size (a seat of 100,000, a town of a million) whose name also names its own council or
// county ("Glasgow", "Nottingham"): the sentence is about the city, not a namesake in that unit.
const CITY = 6;

const NONE: ReadonlySet<string> = new Set();
// A province read from its place in a list of provinces, not from a unit word after it.
const LISTED_PROVINCE_SCORE = 0.8;


/** A named place the gazetteer cannot place: keep the name, take country and province from the document. */
function fromContext(gazetteer: Gazetteer, mention: PlaceMention, name: string, unit: NamedUnit | null, doc: DocumentContext): PlaceMention {
  const countryCode = unit?.countryCode ?? doc.dominant;
  const country = countryCode ? gazetteer.country(countryCode) : null;
  const admin1 = unit?.admin1 ? gazetteer.admin1(unit.countryCode, unit.admin1.slice(3)) : null;
  return {
    ...mention,
    name,
    placeId: null,
    country: country?.name ?? mention.country,
    iso3: country?.iso3 ?? mention.iso3,
    // The extractor's province stays only when it lies in the country now chosen: a "Beni" in a report on
    // Ukraine is not put in North Kivu.
    admin1: admin1?.name ?? (mention.admin1 !== null && (!countryCode || gazetteer.admin1ByName(mention.admin1, countryCode).length > 0) ? mention.admin1 : null),
    // A district the extractor read from a candidate it had no reason to keep is not the place's district.
    admin2: mention.level === 'admin2' ? mention.admin2 : null,
    latitude: null,
    longitude: null,
    feature: mention.level === 'admin2' ? 'ADM2' : null,
    score: Math.min(mention.score, 0.3),
  };
}

function inAttached(p: PlaceMatch['place'], attached: AttachedContext): boolean {
  if (!attached.countries.has(p.countryCode)) return false;
  const inCountry = [...attached.admin1s].filter((a) => a.startsWith(`${p.countryCode}.`));
  return inCountry.length === 0 || inCountry.includes(`${p.countryCode}.${p.admin1Code}`);
}

/** The unit a name the gazetteer cannot place is put in: the widest one the chain names. */
function attachedUnit(attached: AttachedContext, sentence: number, start: number): NamedUnit {
  const admin1 = attached.admin1s.values().next().value ?? null;
  const countryCode = admin1 ? admin1.slice(0, 2) : attached.countries.values().next().value!;
  return { countryCode, admin1, sentence, start, weight: 1 };
}

function resolveOne(
  ctx: Context,
  doc: DocumentContext,
  mention: PlaceMention,
  sentence: number,
  anchors: Anchors | null,
  attached: AttachedContext | null,
  core: (m: PlaceMention) => string,
): PlaceMention | null {
  // A bare province name followed by units of another country is a namesake town there: "(Beni, Nord-Kivu)".
  // So is a bare province name of another country in a report plainly about one: "Beni" in a report on Congo;
  // and a bare province name of another country than the report's main one, when that one has a town of
  // exactly that name: "Bara" (Bar, Montenegro) in a report on Idlib.
  const adminCountry = mention.placeId?.slice(7, 9) ?? '';
  const foreignAdmin =
    mention.level === 'admin1' && mention.score < CUED_SCORE &&
    (attached !== null
      ? !attached.countries.has(adminCountry)
      : (doc.strict && !doc.countries.has(adminCountry)) ||
        (doc.dominant !== null && doc.dominant !== adminCountry && hasTownIn(ctx.gazetteer, core(mention), doc.dominant)));
  const listedUnit = doc.listedProvinces.get(mention);
  if (listedUnit) return adminMention(ctx.gazetteer, mention.span, listedUnit, 'admin1', LISTED_PROVINCE_SCORE);
  if (mention.level === 'country' || (mention.level === 'region' && mention.feature === 'PCLI')) {
    if (doc.listed.has(mention)) return mention;
    const inCounty = (p: GazetteerPlace): boolean => p.admin2Code !== null && doc.counties.districts.has(`${p.countryCode}.${p.admin1Code}.${p.admin2Code}`);
    const town = townInsteadOfCountry(ctx.gazetteer, mention, core(mention), doc.countries, doc.support, inCounty, localTownCue(ctx.doc.text, mention.span));
    return town ?? provinceInsteadOfCountry(ctx.gazetteer, mention, core(mention), doc.countries, anchors?.home ?? null);
  }
  if (mention.level === 'admin1' && mention.score < CUED_SCORE) {
    // A province of that very name in the document's countries comes before a namesake town elsewhere:
    // "Miami (Florida)" read first as Uruguay's Florida is the US state.
    const about = doc.countries.size === 0 && doc.dominant !== null ? new Set([doc.dominant]) : doc.countries;
    const inDocument = provinceInDocumentCountry(ctx.gazetteer, mention, core(mention), about);
    if (!foreignAdmin || inDocument !== mention) return inDocument;
  }
  if (mention.level !== 'town' && mention.level !== 'admin2' && !foreignAdmin) return mention;
  const name = core(mention);
  const cued = mention.score >= CUED_SCORE;
  const context = attached ? attachedUnit(attached, sentence, mention.span.start) : doc.units.nearestAdmin1(sentence, mention.span.start);
  const asTown: PlaceMention = foreignAdmin ? { ...mention, level: 'town', placeId: null, country: null, iso3: null, admin1: null } : mention;
  if (mention.level === 'admin2') {
    const seat = districtSeat(ctx.gazetteer, name, doc.countries, doc.admin1s);
    if (seat) return seatDistrict(ctx.gazetteer, mention, seat);
    return fromContext(ctx.gazetteer, asTown, name, districtUnit(ctx.gazetteer, doc, name, sentence, mention.span.start) ?? context, doc);
  }
  const sentenceAdmin1s = doc.units.admin1sIn(sentence);
  const own = mention.level === 'town' ? doc.units.namedOnlyAt(sentence, mention.span.start) : NONE;
  const letters = nameWords(name).join(' ');
  // "Portland" read as a Jamaican parish is all that makes the report Jamaican: then it is about no country.
  const besides = doc.countries.size > 0 ? doc.countriesBesides(name) : doc.countries;
  const docHere: DocumentContext = besides.size === 0 && doc.countries.size > 0 ? { ...doc, countries: besides, strict: false } : doc;
  let best: { match: PlaceMatch; score: number } | null = null;
  const usable = (match: PlaceMatch): boolean =>
    // The province reading was set aside for a namesake elsewhere; its own country named only itself.
    !(foreignAdmin && match.place.countryCode === adminCountry) &&
    // "Pokrovka, Sumy": the units written after a name bind it; a namesake elsewhere is another place.
    (attached ? inAttached(match.place, attached) && match.distance <= 1 : isPlausible(match, docHere, cued, own));
  for (const match of matchesWithVariants(ctx.gazetteer, name, usable)) {
    if (!usable(match)) continue;
    const score = scoreCandidate(match, docHere, sentenceAdmin1s, anchors, letters, own, besides);
    if (!best || score > best.score) best = { match, score };
  }
  ctx.trace.note('resolve-places', () => `${name} -> ${best ? `${best.match.place.name} ${best.match.place.countryCode}.${best.match.place.admin1Code} (${best.score.toFixed(2)})` : 'no candidate'}`);
  if (attached) {
    const province = best || cued ? null : provinceInsteadOfTown(ctx.gazetteer, asTown, name, attached.countries, null);
    if (province) return province;
    return best ? townMention(ctx.gazetteer, asTown.span, best.match.place, Math.min(1, best.score / 3)) : fromContext(ctx.gazetteer, asTown, name, context, doc);
  }
  // A province of another country that only this name names is no reason to doubt the candidate: "Al-Bara"
  // naming Montenegro's Bar says nothing of itself. ("Washington" naming the state still may.)
  // Nor is a province of the candidate's own country when the candidate is a city of some size: "Rome",
  // "Glasgow", "Washington" name their provinces or councils too, and the sentence is about the city.
  const great = best !== null && placeProminence(best.match.place.feature, best.match.place.population) >= CITY;
  const foreignOwn = best ? new Set([...own].filter((a) => great || !a.startsWith(`${best!.match.place.countryCode}.`))) : NONE;
  const namedHere = foreignOwn.size === 0 ? sentenceAdmin1s : new Set([...sentenceAdmin1s].filter((a) => !foreignOwn.has(a)));
  // A small town spelt as a province of a country the report is about is the province: "Florida" beside
  // Texas is the state, not a village in New York; a town elsewhere is no reason to doubt it either.
  const small = best !== null && placeProminence(best.match.place.feature, best.match.place.population) < PROMINENT;
  const province = mention.level === 'town' && !cued ? provinceInsteadOfTown(ctx.gazetteer, mention, name, besides, small ? null : (best?.match.place.countryCode ?? null)) : null;
  if (province) return province;
  if (best && namedHere.size > 0 && context?.sentence === sentence && !(context.admin1 !== null && foreignOwn.has(context.admin1))) {
    // "Konak town, Izmir": when the sentence names the province and no candidate lies in it, the
    // province is right and the candidate is a namesake elsewhere.
    const p = best.match.place;
    const inNamed = namedHere.has(`${p.countryCode}.${p.admin1Code}`);
    const namedCountry = [...namedHere].some((a) => a.startsWith(`${p.countryCode}.`));
    if (!inNamed && ((namedCountry && placeProminence(p.feature, p.population) < FAMOUS) || placeProminence(p.feature, p.population) < PROMINENT)) return fromContext(ctx.gazetteer, mention, name, context, doc);
  }
  if (best) return townMention(ctx.gazetteer, mention.span, best.match.place, Math.min(1, best.score / 3));
  return cued ? fromContext(ctx.gazetteer, mention, name, context, doc) : null;
}

function hasTownIn(gazetteer: Gazetteer, name: string, countryCode: string): boolean {
  return gazetteer.match(name).some((m) => m.distance === 0 && m.place.countryCode === countryCode);
}

/** The province a district named as such lies in, when the district table knows it in the document's countries. */
function districtUnit(gazetteer: Gazetteer, doc: DocumentContext, name: string, sentence: number, start: number): NamedUnit | null {
  const units = gazetteer.admin2ByName(name).filter((u) => doc.countries.size === 0 || doc.countries.has(u.countryCode));
  const parents = new Set(units.map((u) => `${u.countryCode}.${u.code.split('.')[0]}`));
  if (parents.size !== 1) return null;
  const admin1 = parents.values().next().value!;
  return { countryCode: admin1.slice(0, 2), admin1, sentence, start, weight: 1 };
}

function documentContext(
  ctx: Context,
  named: readonly NamedUnit[],
  hints: readonly CountryHint[],
  support: ReadonlyMap<string, number>,
  embedded: ReadonlySet<string>,
  listed: ReadonlySet<PlaceMention>,
  listedUnits: ReadonlyMap<PlaceMention, AdminUnit>,
  counties: NamedCounties,
  nameAt: ReadonlyMap<string, string>,
  leans: readonly CountryHint[] = [],
): DocumentContext {
  const about = documentCountries(named, hints, leans);
  const besides = new Map<string, ReadonlySet<string>>();
  // Most names read no unit of their own: for them the report's countries are the answer, with no recount.
  const reading = new Set(named.map((u) => nameAt.get(`${u.sentence}:${u.start}`)));
  const countriesBesides = (name: string): ReadonlySet<string> => {
    if (!reading.has(name)) return about.focus;
    let focus = besides.get(name);
    if (!focus) besides.set(name, (focus = documentCountries(named.filter((u) => nameAt.get(`${u.sentence}:${u.start}`) !== name), hints, leans).focus));
    return focus;
  };
  // "Beni" names a Bolivian department too; in a report plainly about Congo that reading is dropped.
  const units = about.strict ? named.filter((u) => about.focus.has(u.countryCode)) : named;
  ctx.trace.note('resolve-places', () => `document countries ${[...about.weights].map(([c, w]) => `${c}:${w.toFixed(1)}`).join(' ')}${about.strict ? ' (strict)' : ''}`);
  return {
    units: new NamedUnitIndex(units),
    countries: about.focus,
    // Provinces inside organisations' names lean the document there, never a sentence ("Kansas City International to Dallas").
    admin1s: new Set([
      ...units.map((u) => u.admin1).filter((a): a is string => a !== null),
      ...[...embedded, ...counties.provinces].filter((a) => !about.strict || about.focus.has(a.slice(0, 2))),
    ]),
    strict: about.strict,
    dominant: about.dominant,
    weights: about.weights,
    support,
    listed,
    listedProvinces: listedUnits,
    counties,
    countriesBesides,
  };
}

// A town the first pass placed confidently says which country the report is about, a little.
const RESOLVED_TOWN_WEIGHT = 0.5;

/**
 * Picks, for every town and district mention, the place the document most likely means: the spelling,
 * then the provinces and countries the document names, then nearness to its other places, then size.
 * Names the gazetteer cannot place keep their province from context, never a made-up point.
 */
export const resolvePlaces: Refiner = {
  name: 'resolve-places',
  refine(ctx: Context, given: State): State {
    // Every stage below asks for a mention's bare name, some of them twice per mention; read it once.
    const cores = new Map<PlaceMention, string>();
    const core = (m: PlaceMention): string => {
      let name = cores.get(m);
      if (name === undefined) {
        const said = quote(ctx.doc.text, m.span);
        name = corePlaceName(said);
        // "New York City": a town the extractor found under its whole name keeps the word a bare name drops.
        if (m.level === 'town' && name !== said && nameWords(m.name).join(' ') === nameWords(said).join(' ')) name = m.name;
        cores.set(m, name);
      }
      return name;
    };
    // What the whole report says of a name comes first: people called by their family name, sentence openers.
    const state = { ...given, mentions: documentNames(ctx.doc.text, ctx.gazetteer, given.mentions, core) };
    const townNames = state.mentions.flat().filter((m): m is PlaceMention => m.kind === 'place' && m.level === 'town').map(core);
    const counties = namedCounties(ctx.gazetteer, ctx.doc.text);
    // A named county says its country as plainly as a named province.
    const countyHints = [...new Set([...counties.districts].map((d) => d.slice(0, 2)))].map((countryCode) => ({ countryCode, weight: 1 }));
    const hints = [...countryHints(ctx.doc.text, state.sentences, state.mentions), ...candidateCountryHints(ctx.gazetteer, townNames), ...countyHints];
    const named = namedUnits(ctx.gazetteer, withoutTopicCountries(ctx.doc.text, state.mentions), core);
    // Which name each named unit was read from, so a name's own readings can be set aside when it is weighed.
    const nameAt = new Map<string, string>();
    state.mentions.forEach((list, sentence) => list.forEach((m) => m.kind === 'place' && nameAt.set(`${sentence}:${m.span.start}`, core(m))));
    // Country names too: "Lebanon" in a report on Myerstown and Grantville may be the town near them.
    const countryNames = state.mentions.flat().filter((m): m is PlaceMention => m.kind === 'place' && m.level === 'country').map(core);
    const support = nameSupport(ctx.gazetteer, [...townNames, ...countryNames]);
    const embedded = embeddedProvinces(ctx.gazetteer, ctx.doc.text);
    const listed = listedCountries(ctx.doc.text, state.mentions);
    const provinces = listedProvinces(ctx.gazetteer, ctx.doc.text, state.mentions, core);
    const firstDoc = documentContext(ctx, named, hints, support, embedded, listed, provinces, counties, nameAt);
    // What the names after each place say does not depend on the pass: read it once for both.
    const attached = state.mentions.map((list, sentence) => {
      const places = list.filter((m): m is PlaceMention => m.kind === 'place');
      const end = state.sentences[sentence]?.span.end ?? ctx.doc.text.length;
      return attachedContexts(ctx.gazetteer, ctx.doc.text, end, places, core);
    });
    const resolveAll = (doc: DocumentContext, anchors: { near: NearPlaces; home: HomeProvinces } | null, ownAnchor = new Map<number, string>()): (readonly Mention[])[] =>
      state.mentions.map((list, sentence) => {
        const contexts = attached[sentence]!;
        let at = 0;
        return list.flatMap((m): Mention[] => {
          if (m.kind !== 'place') return [m];
          const resolved = resolveOne(ctx, doc, m, sentence, anchors && { ...anchors, except: ownAnchor.get(m.span.start) }, contexts[at++] ?? null, core);
          return resolved ? [resolved] : [];
        });
      });
    // A first pass finds the places the context settles; a second lets them pull ambiguous neighbours.
    const first = resolveAll(firstDoc, null);
    const settled = first.flat().filter((m): m is PlaceMention => m.kind === 'place' && m.level === 'town' && m.score >= 0.8 && m.latitude !== null);
    if (settled.length === 0) return { ...state, mentions: first };
    // Each anchor remembers the mention it settled: a mention is not pulled towards its own first reading
    // (a namesake a few kilometres from it would win for being "near a place the report names").
    const ownAnchor = new Map<number, string>();
    const anchors = settled
      .map((m) => {
        const place = ctx.gazetteer.match(m.name).find(({ place: p }) => p.latitude === m.latitude && p.longitude === m.longitude)?.place;
        if (place) ownAnchor.set(m.span.start, place.id);
        return place;
      })
      .filter((p) => p !== undefined);
    // Each place once: a town named nine times is no more evidence of its country than one named once.
    const townHints = [...new Map(anchors.map((p) => [p.id, p])).values()].map((p) => ({ countryCode: p.countryCode, weight: RESOLVED_TOWN_WEIGHT }));
    const mentions = resolveAll(documentContext(ctx, named, hints, support, embedded, listed, provinces, counties, nameAt, townHints), { near: new NearPlaces(anchors), home: new HomeProvinces(anchors) }, ownAnchor);
    return { ...state, mentions };
  },
};
