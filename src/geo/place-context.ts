import type { Mention, PlaceMention } from '../core/mention.ts';
import type { Gazetteer } from './gazetteer.ts';
import { spellingNamesakes } from './spelling-namesakes.ts';

/** A country or province the document names, where it names it. */
export interface NamedUnit {
  readonly countryCode: string;
  /** "SY.10" for a province, null for a country. */
  readonly admin1: string | null;
  readonly sentence: number;
  readonly start: number;
  /** How sure we are the document names this unit: 1 for "Hama Province", less for a bare "Hama". */
  readonly weight: number;
}

const COUNTRY_ID = /^country:([A-Z]{2})$/;
// Below this the extractor read a province from its bare name, with no "Province" or cue to say so.
const BARE_NAME_SCORE = 0.7;
const ADMIN1_ID = /^admin1:([A-Z]{2})\.(.+)$/;

/**
 * The countries and provinces a document names: what "northern Hama" or "(Hebron, West Bank)" tell the
 * resolver about every other place in the same report.
 */
export function namedUnits(gazetteer: Gazetteer, mentions: readonly (readonly Mention[])[], coreOf: (m: PlaceMention) => string): NamedUnit[] {
  const units: NamedUnit[] = [];
  const countedTowns = new Set<string>();
  mentions.forEach((list, sentence) => {
    for (const mention of list) {
      if (mention.kind !== 'place') continue;
      const id = mention.placeId ?? '';
      const country = COUNTRY_ID.exec(id);
      const admin1 = ADMIN1_ID.exec(id);
      const at = { sentence, start: mention.span.start };
      if (country) {
        // "Georgia" is a country and a US state: each is named, neither for sure.
        const namesakes = spellingNamesakes(gazetteer, coreOf(mention)).filter((u) => u.countryCode !== country[1]);
        units.push({ countryCode: country[1]!, admin1: null, weight: namesakes.length > 0 ? 0.6 : 1, ...at });
        for (const unit of namesakes) units.push({ countryCode: unit.countryCode, admin1: `${unit.countryCode}.${unit.code}`, weight: 0.6, ...at });
      }
      else if (admin1 && mention.score < BARE_NAME_SCORE) {
        // A bare province name ("Maryland") may be any province spelt so: each is named, none for sure.
        const namesakes = spellingNamesakes(gazetteer, coreOf(mention));
        if (namesakes.length <= 1) units.push({ countryCode: admin1[1]!, admin1: `${admin1[1]}.${admin1[2]}`, weight: 1, ...at });
        else for (const unit of namesakes) units.push({ countryCode: unit.countryCode, admin1: `${unit.countryCode}.${unit.code}`, weight: 0.6, ...at });
      } else if (admin1) units.push({ countryCode: admin1[1]!, admin1: `${admin1[1]}.${admin1[2]}`, weight: 1, ...at });
      else if (mention.level === 'town') {
        // "(Mawanella, Sabaragamuwa)": a bare name that is also a province counts as naming the province.
        const provinces = gazetteer.admin1ByName(coreOf(mention)).slice(0, 2);
        for (const unit of provinces) {
          units.push({ countryCode: unit.countryCode, admin1: `${unit.countryCode}.${unit.code}`, weight: 0.6, ...at });
        }
        // "Sheikh Isa village, Aleppo": the likeliest town of that name and the province of that name are in one
        // country, so either reading names it; the province stays uncertain, the country does not.
        // Once per name: "Alexandria" said eight times in a report from Virginia is no eightfold Egypt.
        const name = coreOf(mention);
        const town = provinces.length > 0 && !countedTowns.has(name) ? gazetteer.match(name)[0] : undefined;
        countedTowns.add(name);
        if (town?.distance === 0 && provinces.some((u) => u.countryCode === town.place.countryCode)) units.push({ countryCode: town.place.countryCode, admin1: null, weight: 1, ...at });
      }
    }
  });
  return units;
}

// A sentence apart outweighs any distance inside a sentence; a later sentence counts only after every earlier one.
const SENTENCE_COST = 100_000;
const LATER_COST = 1000;
const NO_ADMIN1S: ReadonlySet<string> = new Set();

function cost(unit: NamedUnit, sentence: number, start: number): number {
  const sentenceGap = unit.sentence <= sentence ? sentence - unit.sentence : LATER_COST + unit.sentence - sentence;
  return sentenceGap * SENTENCE_COST + Math.abs(unit.start - start);
}

/** The cheapest unit of `units` (the first of equals), or null. */
function cheapest(units: readonly NamedUnit[], sentence: number, start: number): { unit: NamedUnit; cost: number } | null {
  let best: { unit: NamedUnit; cost: number } | null = null;
  for (const unit of units) {
    const c = cost(unit, sentence, start);
    if (!best || c < best.cost) best = { unit, cost: c };
  }
  return best;
}

/**
 * The provinces a document names, indexed by sentence so that every place of a long report asks in
 * constant or logarithmic time. Units must come in sentence order, as `namedUnits` gives them.
 */
export class NamedUnitIndex {
  private readonly admin1s = new Map<number, Set<string>>();
  private readonly provinces = new Map<number, NamedUnit[]>();
  /** Per sentence, the provinces that count from other sentences too (named plainly, weight 1). */
  private readonly strong = new Map<number, NamedUnit[]>();
  /** The sentences with a strong province, ascending. */
  private readonly strongSentences: number[] = [];
  /** Per province, the positions ("sentence:start") that name it. */
  private readonly namedAt = new Map<string, Set<string>>();

  constructor(units: readonly NamedUnit[]) {
    for (const unit of units) {
      if (unit.admin1 === null) continue;
      const at = `${unit.sentence}:${unit.start}`;
      const positions = this.namedAt.get(unit.admin1);
      if (positions) positions.add(at);
      else this.namedAt.set(unit.admin1, new Set([at]));
      const named = this.admin1s.get(unit.sentence);
      if (named) named.add(unit.admin1);
      else this.admin1s.set(unit.sentence, new Set([unit.admin1]));
      pushTo(this.provinces, unit.sentence, unit);
      if (unit.weight < 1) continue;
      if (this.strongSentences.at(-1) !== unit.sentence) this.strongSentences.push(unit.sentence);
      pushTo(this.strong, unit.sentence, unit);
    }
  }

  /**
   * The provinces that only the name at this position names: a name is no context for itself ("Bara" names
   * a province of Montenegro, which says nothing about which Bara a report on Idlib means).
   */
  namedOnlyAt(sentence: number, start: number): ReadonlySet<string> {
    const at = `${sentence}:${start}`;
    const own = new Set<string>();
    for (const unit of this.provinces.get(sentence) ?? []) {
      if (unit.start === start && unit.admin1 !== null && this.namedAt.get(unit.admin1)?.size === 1 && this.namedAt.get(unit.admin1)!.has(at)) own.add(unit.admin1);
    }
    return own;
  }

  /** The provinces named in one sentence, in the order named. */
  admin1sIn(sentence: number): ReadonlySet<string> {
    return this.admin1s.get(sentence) ?? NO_ADMIN1S;
  }

  /**
   * The province named closest to a mention: same sentence first, then the nearest earlier sentence, then
   * later ones. A bare province name counts only within its own sentence ("Konak town, Izmir").
   */
  nearestAdmin1(sentence: number, start: number): NamedUnit | null {
    // Every unit of a sentence further away costs more than every unit of the nearest one, so three
    // sentences hold the answer; they are compared in document order so the first of equals still wins.
    const sentences = this.strongSentences;
    const from = firstAfter(sentences, sentence - 1);
    const before = from > 0 ? sentences[from - 1] : undefined;
    const later = sentences[firstAfter(sentences, sentence)];
    const candidates = [
      before !== undefined ? cheapest(this.strong.get(before)!, sentence, start) : null,
      cheapest(this.provinces.get(sentence) ?? [], sentence, start),
      later !== undefined ? cheapest(this.strong.get(later)!, sentence, start) : null,
    ];
    let best: { unit: NamedUnit; cost: number } | null = null;
    for (const c of candidates) if (c && (!best || c.cost < best.cost)) best = c;
    return best?.unit ?? null;
  }
}

function pushTo(map: Map<number, NamedUnit[]>, key: number, unit: NamedUnit): void {
  const list = map.get(key);
  if (list) list.push(unit);
  else map.set(key, [unit]);
}

/** The index of the first value greater than `value` in an ascending list (its length when none is). */
function firstAfter(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}
