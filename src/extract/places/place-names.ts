import type { PlaceMention } from '../../core/mention.ts';
import type { Context, Extractor, Sentence } from '../../core/pipeline.ts';
import type { Gazetteer } from '../../geo/gazetteer.ts';
import { nameWords } from '../../geo/place-key.ts';
import { placeProminence } from '../../geo/place-prominence.ts';
import { sentenceTokens } from '../../text/sentence-tokens.ts';
import type { Token } from '../../text/tokens.ts';
import { findNameRuns, type NameRun } from './capitalised-runs.ts';
import { splitHyphenPairs } from './hyphen-pairs.ts';
import { joinConnectedNames } from './connected-names.ts';
import { splitTitledRuns } from './titled-names.ts';
import { nameTokens } from './name-tokens.ts';
import { nearImportedPlace } from './near-spelling.ts';
import { isCommonWord } from './common-words.ts';
import type { ProvinceAbbreviation } from './state-abbreviations.ts';
import { abbreviationOf, isDateline, withoutPartyPrefix } from './written-forms.ts';
import { worldArea, type WorldArea } from '../../geo/world-areas.ts';
import { CUED_SCORE, TENTATIVE_SCORE, adminMention, areaMention, countryMention, districtMention, townMention, unknownTownMention } from './place-mention.ts';
import {
  ADMIN_WORDS, DEMONYMS, DIRECTIONS, MACRO_REGIONS, NON_PLACE_HEADS, SETTLEMENT_WORDS, ORGANISATION_WORDS, PLACE_TYPE_WORDS, REGION_WORDS,
  STOPWORDS, STRONG_CUES, TITLES, type AdminWordLevel,
} from './place-words.ts';

/** What the words around a name say about it, before the gazetteer is asked. */
interface Phrase {
  readonly start: number;
  readonly end: number;
  readonly core: string;
  /** The whole run when words were skipped at its start: "East Azerbaijan", "New South Wales", "Greater Accra". */
  readonly whole: string | null;
  /** The run with the unit word it ends in, when that word was set apart: "United States", "Northern Territory". */
  readonly named: string | null;
  /** The whole run, words set apart at both ends included, when it differs from the core: "New York City". */
  readonly full: string | null;
  /** "Ga.", "N.Y.", "(Macon,) GA": a province written short. */
  readonly province: ProvinceAbbreviation | null;
  /** "BEIRUT —": capitals opening a sentence name the dateline's place. */
  readonly dateline: boolean;
  readonly coreTokens: number;
  readonly sentenceInitial: boolean;
  /** Written after another name and a bracket or comma: "Burlington (Vermont)", "Pokrovka, Sumy". */
  readonly chained: boolean;
  /** One all-capital word ("SOR", "LIB", "DRC"): an acronym far more often than a town. */
  readonly acronym: boolean;
  /** The core is a common word or a demonym ("Republic"): only the whole run can name a place. */
  readonly bare: boolean;
  admin: AdminWordLevel | null;
  readonly plural: boolean;
  direction: boolean;
  readonly region: boolean;
  cued: boolean;
}

// "SOR", "DRC", and the mixed-case kind ("SoG", "MoD", "GoI") whose small letters stand for "of".
const ACRONYM = /^(?:\p{Lu}{2,}|\p{Lu}\p{Ll}{1,2}\p{Lu}{1,2})$/u;
// Function words that open a sentence capitalised ("In New Zealand", "The Gambia") and never begin a place's name.
const OPENING_WORDS: ReadonlySet<string> = new Set(['the', 'in', 'on', 'at', 'a', 'an', 'from', 'to', 'by', 'for', 'with', 'across', 'inside', 'outside', 'near', 'into']);

// Words that open a sentence or clause capitalised before a name and never begin a place's name themselves.
const LEAD_WORDS: ReadonlySet<string> = new Set([
  'while', 'when', 'whereas', 'after', 'before', 'although', 'though', 'since', 'because', 'if', 'unless', 'until', 'as', 'during',
  'despite', 'like', 'unlike', 'meanwhile', 'neighbouring', 'neighboring', 'nearby', 'downtown', 'current', 'former', 'only', 'both',
  'all', 'most', 'many', 'several', 'every', 'each', 'rural', 'suburban', 'across', 'throughout', 'beyond', 'besides', 'including',
]);

// Towns this small are too often an English word somewhere ("Among", "Heavy") to trust without a cue.
const MIN_UNCUED_INITIAL_POPULATION = 20_000;
// A city of a million, or a provincial seat of 10,000: named as often as the province that shares its name
// ("Hama"); a smaller town is named less often than the province or state ("Ontario", "Virginia").
const PROMINENT_TOWN = 6;
// An uncued near spelling of an imported village: below every cue, so the resolver drops it unless the
// report names the village's province.
const NEAR_SPELLING_SCORE = 0.3;

function isSkippable(token: Token): boolean {
  return STOPWORDS.has(token.norm) || DEMONYMS.has(token.norm) || TITLES.has(token.norm) || DIRECTIONS.has(token.norm);
}

function hasCueBefore(tokens: readonly Token[], first: number): boolean {
  return STRONG_CUES.some((cue) => cue.every((word, k) => tokens[first - 1 - k]?.norm === word));
}

/** Reads the words around one run; null when the run is plainly not a place (a person, an organisation). */
function readPhrase(tokens: readonly Token[], run: NameRun, text: string, base: number): Phrase | null {
  const province = abbreviationOf(tokens, run, text, base);
  if (province) {
    const token = tokens[run.first]!;
    return {
      start: token.start, end: token.end, core: token.raw, whole: null, named: null, full: null, province, dateline: false, coreTokens: 1,
      sentenceInitial: false, chained: false, acronym: false, bare: false, admin: null, plural: false, direction: false, region: false, cued: false,
    };
  }
  let first = run.first;
  let last = run.last;
  const before = tokens[first - 1];
  // A dash or a colon opens a clause as a sentence does: "BANTAM — A Danbury mason".
  const opensClause = run.first === 0 || /[—–:]\s*$|--\s*$/.test(text.slice(before!.end - base, tokens[run.first]!.start - base));
  // "Neighbouring Uganda", "While Sydney's": a word that opens a clause capitalised is no part of the name after it.
  if (opensClause && first < last && LEAD_WORDS.has(tokens[first]!.norm)) first += 1;
  if (before && TITLES.has(before.norm)) return null;
  // "the University of Vermont", "the Movement for Progress": a name inside an organisation's name is not where it
  // happened. Written in lower case, the word names no organisation: "at the hospital of Alencon" is in Alencon.
  const head = tokens[run.first - 2];
  if ((before?.norm === 'of' || before?.norm === 'for') && head && ORGANISATION_WORDS.has(head.norm) && /^\p{Lu}/u.test(head.raw)) return null;
  // "Gen. Ahmed", "police Brig. Niyongabo": a title, alone or before a name, is no place.
  if (TITLES.has(tokens[first]!.norm)) return null;
  // "western Idlib"; but not "Key West (Florida)": a bracket between them ends the word's reach.
  let direction = before !== undefined && DIRECTIONS.has(before.norm) && text.slice(before.end - base, tokens[first]!.start - base).trim() === '';
  while (first < last && isSkippable(tokens[first]!)) {
    if (DIRECTIONS.has(tokens[first]!.norm)) direction = true;
    first += 1;
  }
  let admin: AdminWordLevel | null = null;
  let plural = false;
  let region = false;
  // "Hole Camp", "Zaatari Camp": a capitalised place-type word ending the name says it is a place.
  let typed = false;
  while (last >= first) {
    const norm = tokens[last]!.norm;
    const level = ADMIN_WORDS.get(norm);
    if (level) {
      admin = level;
      plural = norm.endsWith('s');
    } else if (REGION_WORDS.has(norm)) region = true;
    else if (SETTLEMENT_WORDS.has(norm) && last > first && admin === null && !region) typed = true;
    else break;
    last -= 1;
  }
  if (first > last) return null;
  // "(D)", "R-Texas": a lone letter is a party, an initial or a grade, never a place.
  if (first === last && tokens[first]!.raw.replace(/[^\p{L}]/gu, '').length < 2) return null;
  for (let i = first; i <= last; i += 1) if (ORGANISATION_WORDS.has(tokens[i]!.norm)) return null;
  // "Dominican Republic", "Czech Republic": a bare word left after a demonym names a place only as the whole.
  const bare = first === last && isSkippable(tokens[first]!);
  if (bare && (first === run.first || DIRECTIONS.has(tokens[first]!.norm) || TITLES.has(tokens[first]!.norm))) return null;
  // Only a word right after the name qualifies it: in "Hama, regime artillery" the comma ends the name.
  const next = tokens[run.last + 1];
  const after = next && next.start === tokens[run.last]!.end + 1 ? next : undefined;
  let end = tokens[run.last]!.end;
  // "Damascus government", "the Assad regime's": the name qualifies an actor or a product, not a place.
  if (after && (NON_PLACE_HEADS.has(after.norm) || NON_PLACE_HEADS.has(after.norm.replace(/s$/, '')))) return null;
  if (after && ADMIN_WORDS.has(after.norm) && admin === null) {
    admin = ADMIN_WORDS.get(after.norm)!;
    plural = after.norm.endsWith('s');
    end = after.end;
  } else if (after && REGION_WORDS.has(after.norm)) {
    region = true;
    end = after.end;
  }
  // "the district of Patu": a district word in lower case before "of" says what the name is. Not "the Amedi
  // district of Duhok" (the word is Amedi's; Duhok is its province), nor a municipality (often a town), nor a
  // province word: "a sit-in outside the governorate of Gafsa" is at the governor's offices, in the town.
  const unitWord = before?.norm === 'of' ? tokens[run.first - 2] : undefined;
  const article = tokens[run.first - 3]?.norm;
  const districtWord = unitWord && ADMIN_WORDS.get(unitWord.norm) === 'admin2' && unitWord.raw === unitWord.norm && unitWord.norm !== 'municipality';
  if (admin === null && districtWord && (article === 'the' || article === 'a') && first === run.first) {
    admin = 'admin2';
    plural = unitWord!.norm.endsWith('s');
  }
  // "In New Zealand", "The Gambia" opening a sentence: the function word is no part of the name or its span.
  let lead = run.first;
  // Only at the sentence's start: inside it, a capitalised "A" or "In" is the name's own ("A Coruna", "In Taw").
  while (opensClause && lead < first && (OPENING_WORDS.has(tokens[lead]!.norm) || LEAD_WORDS.has(tokens[lead]!.norm))) lead += 1;
  const start = direction && before && DIRECTIONS.has(before.norm) ? before.start : tokens[lead]!.start;
  const cued = typed || run.paired === true || hasCueBefore(tokens, run.first) || (after !== undefined && PLACE_TYPE_WORDS.has(after.norm));
  const core = tokens.slice(first, last + 1);
  const named = tokens.slice(lead, last + 1);
  const dateline = isDateline(tokens, run, text, base);
  return {
    start,
    end,
    core: joinRaw(core),
    whole: named.length > core.length ? joinRaw(named) : null,
    named: last < run.last ? joinRaw(tokens.slice(first, run.last + 1)) : null,
    full: run.first < first && last < run.last ? joinRaw(tokens.slice(run.first, run.last + 1)) : null,
    province: null,
    dateline,
    coreTokens: core.length,
    // "A Crafton man": a name after an opening function word is capitalised for itself.
    sentenceInitial: run.first === 0 && lead === run.first,
    chained: isChained(tokens, run, text, base),
    acronym: core.length === 1 && ACRONYM.test(core[0]!.raw) && !dateline,
    bare,
    admin,
    plural,
    direction,
    region,
    cued,
  };
}

/**
 * The last name of a chain that places the name before it: "Burlington (Vermont)", "Pokrovka, Sumy." —
 * not a list ("Aleppo, Hama and Idlib"), where each name stands on its own.
 */
function isChained(tokens: readonly Token[], run: NameRun, text: string, base: number): boolean {
  const before = tokens[run.first - 1];
  if (!before || !/^\p{Lu}/u.test(before.raw)) return false;
  const link = text.slice(before.end - base, tokens[run.first]!.start - base);
  if (/^\s*\(\s*$/.test(link)) return true;
  return /^\s*,\s*$/.test(link) && /^\s*(?:[.;:)]|,\s*\p{Ll}|$)/u.test(text.slice(tokens[run.last]!.end - base));
}

function sameLetters(a: string, b: string): boolean {
  return nameWords(a).join(' ') === nameWords(b).join(' ');
}

const SHORT_WORDS: Readonly<Record<string, string>> = { st: 'Saint', ste: 'Sainte', mt: 'Mount', ft: 'Fort' };

/** "St. Petersburg" as "Saint Petersburg": a town's own name is written whole in the gazetteer. */
function withWholeWords(name: string): string {
  return name.replace(/^(St|Ste|Mt|Ft)\.?(?=\s)/i, (short) => SHORT_WORDS[short.replace('.', '').toLowerCase()] ?? short);
}

function joinRaw(tokens: readonly Token[]): string {
  let out = tokens[0]!.raw;
  for (let i = 1; i < tokens.length; i += 1) out += ` ${tokens[i]!.raw}`;
  return out;
}

// "Idlib and Northern Hama Provinces", "Becker, Clay, Douglas and Grant counties": the plural admin word
// covers every name listed before it.
function spreadPluralAdmin(phrases: (Phrase | null)[], text: string, base: number): void {
  let carried: AdminWordLevel | null = null;
  for (let k = phrases.length - 1; k > 0; k -= 1) {
    const right = phrases[k];
    const left = phrases[k - 1];
    if (right?.plural && right.admin !== null) carried = right.admin;
    if (carried === null || !right || !left || left.admin !== null) {
      carried = null;
      continue;
    }
    const gap = text.slice(left.end - base, right.start - base);
    if (/^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)$/.test(gap)) left.admin = carried;
    else carried = null;
  }
}

const ARTICLE = String.raw`(?:(?:al|el|ad|ar|as|an|at|ash|az)[\s-])?`;
const PLURAL_CUE = new RegExp(String.raw`\b(?:villages|towns|cities|hamlets|settlements|neighbourhoods|neighborhoods)(?: of|:)\s+${ARTICLE}$`, 'i');
const LIST_JOIN = new RegExp(String.raw`^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)${ARTICLE}$`, 'i');

// "the villages of al Sakhr, Bab al Taqa and Karakat": a plural cue makes every name in its list a place.
function spreadListCue(phrases: (Phrase | null)[], text: string, base: number): void {
  for (let k = 0; k < phrases.length; k += 1) {
    const head = phrases[k];
    if (!head || head.admin !== null || !PLURAL_CUE.test(text.slice(Math.max(0, head.start - base - 24), head.start - base))) continue;
    head.cued = true;
    for (let next = k + 1; next < phrases.length; next += 1) {
      const left = phrases[next - 1];
      const right = phrases[next];
      if (!left || !right || right.admin !== null || !LIST_JOIN.test(text.slice(left.end - base, right.start - base))) break;
      right.cued = true;
      k = next;
    }
  }
}

/** "West Africa", "western Europe" (a part of Europe), but not the "Africa" of "South Africa", a country. */
function areaOf(gazetteer: Gazetteer, phrase: Phrase): WorldArea | null {
  if (phrase.admin !== null) return null;
  if (phrase.whole) {
    const whole = worldArea(phrase.whole);
    if (whole || gazetteer.countryByName(phrase.whole) || gazetteer.admin1ByName(phrase.whole).some((u) => sameLetters(u.name, phrase.whole!))) return whole;
  }
  return worldArea(phrase.core);
}

const CHAIN_LINK = /^\s*[,(]\s*$/;
const LANDMARK =
  /\b(?:road|street|avenue|boulevard|lane|highway|plaza|square|park|house|office|offices|hall|tower|towers|building|pavilion|complex|station|bridge|gate|palace|stadium|terminal|headquarters|market|mall|base|port|airport)$/i;

/** A name the gazetteer knows as a province, district or country, spelt exactly so. */
function isKnownUnit(gazetteer: Gazetteer, phrase: Phrase): boolean {
  const name = phrase.named ?? phrase.core;
  return (
    gazetteer.countryByName(name) !== null ||
    gazetteer.admin1ByName(name).some((u) => sameLetters(u.name, name) || u.aliases.some((a) => sameLetters(a, name))) ||
    gazetteer.admin2ByName(name).length > 0
  );
}

// "Hryhorivka, Donetsk", "Mawanella (Mawanella, Sabaragamuwa)": a name written before a unit's name, as
// coders and wire copy place a village, is a place even when no gazetteer lists it.
function cueByChain(gazetteer: Gazetteer, phrases: (Phrase | null)[], text: string, base: number): void {
  for (let k = phrases.length - 2; k >= 0; k -= 1) {
    const left = phrases[k];
    const right = phrases[k + 1];
    if (!left || !right || left.cued || left.acronym || !CHAIN_LINK.test(text.slice(left.end - base, right.start - base))) continue;
    // "Toronto, Ontario, Canada": a unit in the middle of a chain is read as the unit it is. A road, a square
    // or an office placed in a town ("Diponegoro Road, Medan") is no settlement; nor is an all-capital name.
    if (isKnownUnit(gazetteer, left) || LANDMARK.test(left.whole ?? left.core) || !/\p{Ll}/u.test(left.core)) continue;
    if (right.cued || right.province || isKnownUnit(gazetteer, right)) left.cued = true;
  }
}

function classify(gazetteer: Gazetteer, phrase: Phrase): PlaceMention | null {
  const span = { start: phrase.start, end: phrase.end };
  const qualified = phrase.direction || phrase.region;
  // A cue ("town of", "X village") lifts any reading to at least CUED_SCORE: the text says it is a place.
  const scored = (base: number): number => (phrase.cued ? Math.max(base, CUED_SCORE) + 0.1 : base);
  if (phrase.province) {
    const unit = gazetteer.admin1ByName(phrase.province.name, phrase.province.countryCode)[0];
    return unit ? adminMention(gazetteer, span, unit, 'admin1', 0.9) : null;
  }
  // "New York City", "Kansas City": a town whose own name holds words a bare name sets apart at both ends.
  if (phrase.full) {
    const town = gazetteer.match(phrase.full).find((m) => m.distance === 0 && m.primary && sameLetters(m.place.name, phrase.full!));
    if (town) return townMention(gazetteer, span, town.place, scored(0.6));
  }
  // "United States" is a country before it is a United with a unit word after it.
  if (phrase.named) {
    const country = gazetteer.countryByName(phrase.named);
    if (country) return countryMention(span, country, 'country', 0.9);
    const unit = gazetteer.admin1ByName(phrase.named).find((u) => sameLetters(u.name, phrase.named!));
    if (unit) return adminMention(gazetteer, span, unit, 'admin1', 0.9);
    // "New York City", "Kuwait City": a town whose own name ends in the word set apart.
    const town = gazetteer.match(phrase.named).find((m) => m.distance === 0 && m.primary && sameLetters(m.place.name, phrase.named!));
    if (town) return townMention(gazetteer, span, town.place, scored(0.6));
  }
  if (phrase.bare) {
    const whole = phrase.whole ?? phrase.core;
    const country = gazetteer.countryByName(whole);
    const unit = gazetteer.admin1ByName(whole).find((u) => sameLetters(u.name, whole));
    return country ? countryMention(span, country, 'country', 0.9) : unit ? adminMention(gazetteer, span, unit, 'admin1', 0.9) : null;
  }
  if (phrase.admin === 'admin2') {
    // "the fastest-growing U.S. county": a country before a unit word is the country, whose unit is not named.
    const country = phrase.plural || phrase.direction || phrase.whole !== null ? null : gazetteer.countryByName(phrase.core);
    if (country) return countryMention({ start: span.start, end: span.start + phrase.core.length }, country, 'country', 0.9);
    return districtMention(span, phrase.core, CUED_SCORE);
  }
  // "Africa" is an alternate name of Mahdia, "Atlantic" a town in Iowa: a continent or world region is an area,
  // a sea is no place sitrep reads.
  const area = areaOf(gazetteer, phrase);
  if (area) return areaMention(gazetteer, span, area, 0.9);
  if (phrase.whole !== null && MACRO_REGIONS.has(phrase.whole.toLowerCase())) return null;
  if (MACRO_REGIONS.has(phrase.core.toLowerCase()) && !(phrase.whole !== null && gazetteer.countryByName(phrase.whole))) return null;
  // "South Sudan", "West Bengal": a compass or other word is part of the name when the whole is a country or unit.
  if (phrase.whole) {
    const country = gazetteer.countryByName(phrase.whole);
    if (country) return countryMention(span, country, 'country', 0.9);
    // "Lower Amiqa", a cued "As-Sweida": the skipped word is part of a town's own name.
    const town = gazetteer.match(phrase.whole)[0];
    const unit = gazetteer.admin1ByName(phrase.whole)[0];
    if (town?.distance === 0 && town.primary && (phrase.cued || !unit) && !qualified) return townMention(gazetteer, span, town.place, scored(0.6));
    if (unit) return adminMention(gazetteer, span, unit, 'admin1', phrase.admin === 'admin1' ? 0.9 : 0.6);
    // "Red Deer", "West Palm Beach": a town whose name starts with a word otherwise set aside.
    const spelt = gazetteer.match(phrase.whole).find((m) => m.distance === 0 && sameLetters(m.place.name, phrase.whole!));
    if (spelt && phrase.admin === null && !phrase.region) return townMention(gazetteer, span, spelt.place, scored(0.5));
  }
  // "Change came slowly", "Grenade attack in Butere", "(Let's Change)": a common word is read as a place only
  // when a country, a province or (inside a sentence, where its capital says it is a name) a town is spelt
  // exactly so ("Turkey said", "in Reading"), never through a looser spelling ("Change" for Chang'an).
  if (phrase.coreTokens === 1 && phrase.whole === null && phrase.admin === null && !phrase.region && !phrase.cued && !phrase.dateline && isCommonWord(phrase.core)) {
    const country = gazetteer.countryByName(phrase.core);
    if (country && sameLetters(country.name, phrase.core)) return countryMention(span, country, 'country', 0.9);
    const unit = gazetteer.admin1ByName(phrase.core).find((u) => sameLetters(u.name, phrase.core));
    if (unit) return adminMention(gazetteer, span, unit, 'admin1', 0.6);
    if (phrase.sentenceInitial || !gazetteer.match(phrase.core).some((m) => m.distance === 0 && sameLetters(m.place.name, phrase.core))) return null;
  }
  if (phrase.admin === 'admin1') {
    const unit = gazetteer.admin1ByName(phrase.core)[0];
    if (unit) return adminMention(gazetteer, span, unit, qualified ? 'region' : 'admin1', 0.9);
  }
  const country = gazetteer.countryByName(phrase.core);
  if (country) return countryMention(span, country, qualified ? 'region' : 'country', 0.9);
  // An acronym names a unit only when the unit is known by exactly those letters ("KPK", "FCT").
  if (phrase.acronym && !phrase.cued) {
    const unit = gazetteer.admin1ByName(phrase.core).find((u) => u.aliases.includes(phrase.core) || u.name === phrase.core);
    return unit ? adminMention(gazetteer, span, unit, qualified ? 'region' : 'admin1', 0.6) : null;
  }
  const units = gazetteer.admin1ByName(phrase.core);
  if (qualified && units[0]) return adminMention(gazetteer, span, units[0], 'region', 0.8);
  const matches = gazetteer.match(phrase.core);
  const exact = matches[0]?.distance === 0 ? matches[0].place : null;
  if (exact) {
    const tooSmall = phrase.sentenceInitial && phrase.coreTokens === 1 && exact.population < MIN_UNCUED_INITIAL_POPULATION && !phrase.dateline;
    if (tooSmall && !phrase.cued && !units[0]) return townMention(gazetteer, span, exact, TENTATIVE_SCORE);
    // A bare name that is both a province and only a small town, or a town only by another of its names
    // ("Minnesota" for Minneota) or by a folded ending ("Alberta" for Albert), is more likely the province.
    const spelt = units.find((u) => sameLetters(u.name, phrase.core));
    // So is a name spelt exactly as a province when the town is neither large nor a seat: "Ontario", "Maryland".
    const townOutranks = placeProminence(exact.feature, exact.population) >= PROMINENT_TOWN;
    // After a town and a bracket or comma, a province's name is that town's province: "Miami (Florida)".
    if (spelt && (!sameLetters(exact.name, withWholeWords(phrase.core)) || !townOutranks || phrase.chained) && !phrase.cued) return adminMention(gazetteer, span, spelt, 'admin1', 0.6);
    // Only a province known by this very name: "Genova" (Genoa's own name) is no looser spelling of Geneva.
    const named = units.find((u) => sameLetters(u.name, phrase.core) || u.aliases.some((a) => sameLetters(a, phrase.core)));
    if (named && (exact.population < 1000 || !matches[0]!.primary) && !phrase.cued) return adminMention(gazetteer, span, named, 'admin1', 0.6);
    return townMention(gazetteer, span, exact, scored(0.5));
  }
  if (units[0]) return adminMention(gazetteer, span, units[0], 'admin1', 0.6);
  // "(Bagare, Passore)": a district the gazetteer knows only as a district.
  if (gazetteer.admin2ByName(phrase.core).length > 0) return districtMention(span, phrase.core, 0.6);
  if (!phrase.cued) {
    // A one-word name opening the sentence is too often a capitalised word to read as a guessed spelling.
    const guess = phrase.sentenceInitial && phrase.coreTokens === 1 ? null : nearImportedPlace(gazetteer, phrase.core, matches);
    return guess ? townMention(gazetteer, span, guess, NEAR_SPELLING_SCORE) : null;
  }
  const near = matches[0];
  return near ? townMention(gazetteer, span, near.place, scored(0.3)) : unknownTownMention(span, phrase.core, CUED_SCORE);
}

/** Place names in one sentence: towns, provinces and regions of them, countries; resolved against the gazetteer. */
export const placeNames: Extractor = {
  name: 'place-names',
  extract(ctx: Context, sentence: Sentence): readonly PlaceMention[] {
    const base = sentence.span.start;
    const tokens = nameTokens(sentenceTokens(sentence), sentence.text, base);
    const found = joinConnectedNames(findNameRuns(tokens, sentence.text, base), tokens, sentence.text, base, ctx.gazetteer);
    const runs = splitTitledRuns(splitHyphenPairs(found, tokens, sentence.text, base, ctx.gazetteer), tokens, ctx.gazetteer);
    const phrases = runs.map((run) => readPhrase(tokens, withoutPartyPrefix(tokens, run, sentence.text, base), sentence.text, base));
    spreadPluralAdmin(phrases, sentence.text, base);
    spreadListCue(phrases, sentence.text, base);
    cueByChain(ctx.gazetteer, phrases, sentence.text, base);
    const out: PlaceMention[] = [];
    for (const phrase of phrases) {
      if (!phrase) continue;
      const mention = classify(ctx.gazetteer, phrase);
      if (mention) out.push(mention);
      ctx.trace.note('place-names', () => `${phrase.core} -> ${mention ? `${mention.level} ${mention.name}` : 'not a place'}`);
    }
    return out;
  },
};
