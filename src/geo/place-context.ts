import type { Mention, PlaceMention } from '../core/mention.ts';
import type { Gazetteer } from './gazetteer.ts';

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
const ADMIN1_ID = /^admin1:([A-Z]{2})\.(.+)$/;

/**
 * The countries and provinces a document names: what "northern Hama" or "(Hebron, West Bank)" tell the
 * resolver about every other place in the same report.
 */
export function namedUnits(gazetteer: Gazetteer, mentions: readonly (readonly Mention[])[], coreOf: (m: PlaceMention) => string): NamedUnit[] {
  const units: NamedUnit[] = [];
  mentions.forEach((list, sentence) => {
    for (const mention of list) {
      if (mention.kind !== 'place') continue;
      const id = mention.placeId ?? '';
      const country = COUNTRY_ID.exec(id);
      const admin1 = ADMIN1_ID.exec(id);
      const at = { sentence, start: mention.span.start };
      if (country) units.push({ countryCode: country[1]!, admin1: null, weight: 1, ...at });
      else if (admin1) units.push({ countryCode: admin1[1]!, admin1: `${admin1[1]}.${admin1[2]}`, weight: 1, ...at });
      else if (mention.level === 'town') {
        // "(Mawanella, Sabaragamuwa)": a bare name that is also a province counts as naming the province.
        for (const unit of gazetteer.admin1ByName(coreOf(mention)).slice(0, 2)) {
          units.push({ countryCode: unit.countryCode, admin1: `${unit.countryCode}.${unit.code}`, weight: 0.6, ...at });
        }
      }
    }
  });
  return units;
}

/** The province named closest to a mention: same sentence first, then the nearest earlier sentence. */
export function nearestAdmin1(units: readonly NamedUnit[], sentence: number, start: number): NamedUnit | null {
  let best: NamedUnit | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const unit of units) {
    // A bare province name counts only within its own sentence ("Konak town, Izmir").
    if (unit.admin1 === null || (unit.weight < 1 && unit.sentence !== sentence)) continue;
    const sentenceGap = unit.sentence <= sentence ? sentence - unit.sentence : 1000 + unit.sentence - sentence;
    const cost = sentenceGap * 100_000 + Math.abs(unit.start - start);
    if (cost < bestCost) {
      best = unit;
      bestCost = cost;
    }
  }
  return best;
}
