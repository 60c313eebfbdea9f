import type { PlaceMention } from '../../core/mention.ts';
import type { Context, Extractor, Sentence } from '../../core/pipeline.ts';
import type { Gazetteer } from '../../geo/gazetteer.ts';
import { nameWords } from '../../geo/place-key.ts';
import { placeProminence } from '../../geo/place-prominence.ts';
import { sentenceTokens } from '../../text/sentence-tokens.ts';
import { findNameRuns } from './capitalised-runs.ts';
import { splitHyphenPairs } from './hyphen-pairs.ts';
import { joinConnectedNames } from './connected-names.ts';
import { splitTitledRuns } from './titled-names.ts';
import { nameTokens } from './name-tokens.ts';
import { nearImportedPlace } from './near-spelling.ts';
import { isCommonWord } from './common-words.ts';
import { withoutPartyPrefix } from './written-forms.ts';
import { readPhrase, type Phrase } from './place-phrase.ts';
import { worldArea, type WorldArea } from '../../geo/world-areas.ts';
import { CUED_SCORE, TENTATIVE_SCORE, adminMention, areaMention, countryMention, districtMention, townMention, unknownTownMention } from './place-mention.ts';
import { MACRO_REGIONS, type AdminWordLevel } from './place-words.ts';

// Towns this small are too often an English word somewhere ("Among", "Heavy") to trust without a cue.
const MIN_UNCUED_INITIAL_POPULATION = 20_000;
// A city of a million, or a provincial seat of 10,000: named as often as the province that shares its name
// ("Hama"); a smaller town is named less often than the province or state ("Ontario", "Virginia").
const PROMINENT_TOWN = 6;
// An uncued near spelling of an imported village: below every cue, so the resolver drops it unless the
// report names the village's province.
const NEAR_SPELLING_SCORE = 0.3;

function sameLetters(a: string, b: string): boolean {
  return nameWords(a).join(' ') === nameWords(b).join(' ');
}

const SHORT_WORDS: Readonly<Record<string, string>> = { st: 'Saint', ste: 'Sainte', mt: 'Mount', ft: 'Fort' };

/** "St. Petersburg" as "Saint Petersburg": a town's own name is written whole in the gazetteer. */
function withWholeWords(name: string): string {
  return name.replace(/^(St|Ste|Mt|Ft)\.?(?=\s)/i, (short) => SHORT_WORDS[short.replace('.', '').toLowerCase()] ?? short);
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
