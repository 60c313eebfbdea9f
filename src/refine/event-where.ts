import type { GeoPrecision, Mention, PlaceMention } from '../core/mention.ts';
import { mentionsOf } from './event-draft.ts';
import { kilometres } from '../geo/near-places.ts';
import { offsetPlace } from './offset-place.ts';
import { inDistrict, isNear, isOrigin, liesIn } from './place-roles.ts';

export interface EventWhere {
  readonly place: PlaceMention | null;
  readonly geoPrecision: GeoPrecision | null;
  readonly wherePrec: number | null;
  readonly implied: string | null;
}

const RANK: Readonly<Record<PlaceMention['level'], number>> = { town: 0, admin2: 1, region: 2, admin1: 3, country: 4, area: 5 };
const GEO_PRECISION: Readonly<Record<PlaceMention['level'], GeoPrecision>> = { town: 1, admin2: 2, region: 2, admin1: 3, country: 3, area: 3 };
/** UCDP where_prec: 1 exact place, 3 second-order unit, 4 first-order unit, 6 country, 7 larger than a country. */
const WHERE_PREC: Readonly<Record<PlaceMention['level'], number>> = { town: 1, admin2: 3, region: 4, admin1: 4, country: 6, area: 7 };

function mostSpecific(places: readonly PlaceMention[]): PlaceMention | null {
  let best: PlaceMention | null = null;
  for (const p of places) if (!best || RANK[p.level] < RANK[best.level]) best = p;
  return best;
}

// A neighbourhood or quarter said to be in a town lies within this distance of the town's point.
const INSIDE_KM = 8;
// A village said to be near a town lies within this distance of it.
const NEAR_KM = 100;

interface Chosen {
  readonly place: PlaceMention;
  /** The event was near the place rather than in it. */
  readonly near: boolean;
  /** Why the place's point is not its own, when it is not. */
  readonly implied?: string;
}

/**
 * The most specific place, leaving out the attackers' positions when another place is named ("stationed at
 * X shelled Y" happened in Y), and taking the town a name the gazetteer cannot place lies in ("Al Waraqa
 * neighbourhood in Masyaf town": Masyaf's point, exact; "a farm near X": X's point, near).
 */
function choose(text: string, places: readonly PlaceMention[]): Chosen | null {
  // A verb governs the first name after it: "stationed at X shelled Y" makes X an origin, not Y.
  const targets = places.filter((p, i) => !(p.level === 'town' && isOrigin(text, p, i > 0 ? places[i - 1]!.span.end : 0)));
  const best = mostSpecific(targets.length > 0 ? targets : places);
  if (!best) return null;
  const next = places.find((p) => p.span.start > best.span.end);
  const nextPlaced = next !== undefined && next.level === 'town' && next.latitude !== null && next.longitude !== null;
  // "the Al-Qusour neighbourhood of Daraa city": a namesake village far from the town it is said to lie in is not it.
  const relation = nextPlaced ? liesIn(text, best, next!) : null;
  if (next && best.level === 'town' && best.latitude !== null && best.longitude !== null && relation !== null) {
    const km = kilometres(best.latitude, best.longitude, next.latitude!, next.longitude!);
    if (relation === 'in' && km > INSIDE_KM) return { place: next, near: isNear(text, best) };
    // "Danke village near Kolofata" read as a Danke in another country: the namesake is not it; the village
    // keeps its name, at the point of the town it is said to be near.
    if (relation === 'near' && km > NEAR_KM) return beside(best, next!, `place/near: the gazetteer's ${best.name} lies ${Math.round(km)} km from ${next!.name}, which it is said to be near; the point of ${next!.name}`);
  }
  if (best.level === 'town' && best.latitude === null) {
    // "Tyburn (Birmingham, ...)": the village keeps its name, near the town's point, in the town's units.
    if (next && relation === 'chained') return beside(best, next, `place/chained: ${best.name} is not in the gazetteer; the point of ${next.name}, written after it`);
    if (next && relation) return { place: next, near: relation === 'near' || isNear(text, best) };
    // "Al-Wasita village, Atareb district": the town stays unplaced, in the district written after it.
    if (next && next.level === 'admin2' && next.admin2 && inDistrict(text, best, next)) {
      return { place: { ...best, admin2: next.admin2, admin1: best.admin1 ?? next.admin1 }, near: isNear(text, best) };
    }
  }
  return { place: best, near: best.level === 'town' && isNear(text, best) };
}

/** A village that keeps its own name near the town written after it: the town's point and units, as "near". */
function beside(village: PlaceMention, town: PlaceMention, implied: string): Chosen {
  // An unplaced village may know its district from the words around it; a far namesake's units are not its own.
  const admin2 = village.latitude === null ? (village.admin2 ?? town.admin2) : town.admin2;
  const place = { ...village, latitude: town.latitude, longitude: town.longitude, country: town.country, iso3: town.iso3, admin1: town.admin1, admin2 };
  return { place, near: true, implied };
}

/** ACLED geo_precision and UCDP where_prec of a place: a town without a point is only as precise as its units. */
function precisionOf(chosen: Chosen): { geoPrecision: GeoPrecision; wherePrec: number } {
  const { place, near } = chosen;
  if (place.level === 'town' && place.latitude === null) return place.admin2 ? { geoPrecision: 2, wherePrec: 3 } : { geoPrecision: 3, wherePrec: place.admin1 ? 4 : 6 };
  // UCDP where_prec 2: within about 25 km of a known point.
  if (near) return { geoPrecision: 2, wherePrec: 2 };
  return { geoPrecision: GEO_PRECISION[place.level], wherePrec: WHERE_PREC[place.level] };
}

/** A unit the place lies in, as far as its mention says: its province, else its country. */
function unitOf(place: PlaceMention): string | null {
  if (place.country === null) return null;
  return place.admin1 === null ? place.country : `${place.country}/${place.admin1}`;
}

function within(inner: string | null, outer: string): boolean {
  return inner !== null && (inner === outer || inner.startsWith(`${outer}/`));
}

/**
 * "Air strikes hit northern Yemen ... in Dahyan, a market was hit": an event opened with a region, a province
 * or a province's part, whose later sentences name a town or district inside it, happened there. Only a
 * place its mention puts inside the opening's unit counts, and never the attackers' position.
 */
function finerWithin(text: string, opened: Chosen, places: readonly PlaceMention[]): Chosen | null {
  const coarse = opened.place;
  if (coarse.level !== 'region' && coarse.level !== 'admin1') return null;
  const unit = unitOf(coarse);
  if (unit === null) return null;
  const inside = places.filter(
    (p, i) =>
      p.span.start > coarse.span.end && (p.level === 'town' || p.level === 'admin2') && within(unitOf(p), unit) &&
      !(p.level === 'town' && isOrigin(text, p, i > 0 ? places[i - 1]!.span.end : 0)),
  );
  const finer = choose(text, inside);
  return finer && { ...finer, implied: [finer.implied, `place/finer: ${finer.place.name}, named further on, lies in ${coarse.name}`].filter(Boolean).join('; ') };
}

/**
 * The event's place: the most specific one named where the event opens, else in its other sentences (which may
 * mention other places in passing), else the nearest one before it.
 */
export function eventWhere(text: string, opening: readonly Mention[], mentions: readonly Mention[], before: readonly Mention[]): EventWhere {
  const opened = choose(text, mentionsOf(opening, 'place').filter((p) => p.level !== 'country'));
  const own = (opened && finerWithin(text, opened, mentionsOf(mentions, 'place'))) ?? opened ?? choose(text, mentionsOf(mentions, 'place'));
  const near = own ? null : choose(text, mentionsOf(before, 'place').slice(-3));
  const chosen = own ?? near;
  if (!chosen) return { place: null, geoPrecision: null, wherePrec: null, implied: null };
  const fromContext = [own ? null : 'place/from-context: named in the sentences just before', chosen.implied ?? null].filter((r) => r !== null).join('; ') || null;
  // "12 km north of X": a point moved from X's, as near as "near X" (UCDP where_prec 2), and said to be inferred.
  const offset = offsetPlace(text, chosen.place);
  if (offset) {
    const reason = `place/offset: ${offset.phrase}, a point moved from the town's`;
    return { place: offset.place, geoPrecision: 2, wherePrec: 2, implied: fromContext ? `${fromContext}; ${reason}` : reason };
  }
  return { place: chosen.place, ...precisionOf(chosen), implied: fromContext };
}

/** Where one of several listed towns is the event's place: an attack on each is coded as its own event. */
export function whereAt(text: string, place: PlaceMention): EventWhere {
  return { place, ...precisionOf({ place, near: place.level === 'town' && isNear(text, place) }), implied: null };
}

/**
 * Between two listed towns: words, commas and "and" only ("town and the villages of", ", in addition to the
 * villages of"), no clause of its own ("was hit, and later troops entered").
 */
const LIST_WORDS = /^[\p{L}\s,’'-]*$/u;
const LIST_JOIN = /,|\band\b|\bas well as\b/;
const CLAUSE_WORD = /\b(?:\p{Ll}+(?:ed|ing)|was|were|is|are|has|have|had|hit|struck|said|says|then|later|while|before|after)\b/u;
const MAX_GAP = 120;

function listGap(gap: string): boolean {
  return gap.length <= MAX_GAP && LIST_WORDS.test(gap) && LIST_JOIN.test(gap) && !CLAUSE_WORD.test(gap.replace(/\bincluding\b/g, ''));
}

/**
 * "barrel bombs on Qal'at al Madiq town and the villages of al Sakhr, al Arima and Karakat": two or more
 * towns listed in the sentence that opens an event, each a place the same attack hit. Null unless there are
 * at least two distinct towns and every gap between them reads as a list.
 */
export function listedTowns(text: string, opening: readonly Mention[]): PlaceMention[] | null {
  const towns = mentionsOf(opening, 'place').filter((p) => p.level === 'town').sort((a, b) => a.span.start - b.span.start);
  if (towns.length < 2) return null;
  for (let i = 1; i < towns.length; i += 1) {
    if (!listGap(text.slice(towns[i - 1]!.span.end, towns[i]!.span.start))) return null;
  }
  const names = new Set(towns.map((t) => t.name));
  return names.size >= 2 ? towns.filter((t, i) => towns.findIndex((u) => u.name === t.name) === i) : null;
}
