import type { Gazetteer } from '../geo/gazetteer.ts';
import { countyDistricts } from '../geo/county-names.ts';

/** The districts a report names with a unit word, and the provinces that only one district of such a name lies in. */
export interface NamedCounties {
  /** District keys "US.TX.001": a candidate town inside one lies where the report says. */
  readonly districts: ReadonlySet<string>;
  /** Province keys "US.TX" of names only one province has a district of ("Rapides Parish" is in Louisiana). */
  readonly provinces: ReadonlySet<string>;
}

const UNIT_WORD = /\b(?:County|Parish|Borough|counties|parishes|county|parish)\b/g;
// The words a district's name is made of: "Prince George's", "St. Joseph", "Miami-Dade", "Doña Ana".
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|de|du|la|le)$/u;
const MAX_WORDS = 3;
const LIST_LINK = /^(?:,|and|or|&)$/;

/** The districts of one name, from sitrep's own county table and the gazetteer's (imported) second-level units. */
function districtsOf(gazetteer: Gazetteer, name: string): string[] {
  const imported = gazetteer.admin2ByName(name).map((u) => `${u.countryCode}.${u.code}`);
  return [...new Set([...countyDistricts(name), ...imported])];
}

/** The longest run of up to MAX_WORDS name words ending the list `words` that names a district, and its length. */
function longestDistrict(gazetteer: Gazetteer, words: readonly string[]): { codes: string[]; used: number } | null {
  for (let size = Math.min(MAX_WORDS, words.length); size >= 1; size -= 1) {
    const run = words.slice(words.length - size);
    if (!NAME_WORD.test(run[0]!) || !/^\p{Lu}/u.test(run[0]!)) continue;
    const codes = districtsOf(gazetteer, run.join(' '));
    if (codes.length > 0) return { codes, used: size };
  }
  return null;
}

/**
 * "Butler County", "Rapides Parish", "Becker, Clay and Douglas counties": the second-level units a local
 * report names, which say which of a town's namesakes it means (Hamilton in Butler County is Ohio's).
 */
export function namedCounties(gazetteer: Gazetteer, text: string): NamedCounties {
  const districts = new Set<string>();
  const provinces = new Set<string>();
  const add = (codes: readonly string[]): void => {
    for (const code of codes) districts.add(code);
    const states = new Set(codes.map((c) => c.split('.').slice(0, 2).join('.')));
    if (states.size === 1) provinces.add(states.values().next().value!);
  };
  for (const unit of text.matchAll(UNIT_WORD)) {
    const before = text.slice(Math.max(0, unit.index - 120), unit.index);
    const words = before.split(/\s+|(?=,)|(?<=,)/).filter((w) => w.length > 0);
    const plural = /ies$|es$/.test(unit[0]);
    let rest = words;
    for (;;) {
      const found = longestDistrict(gazetteer, rest);
      if (!found) break;
      add(found.codes);
      rest = rest.slice(0, rest.length - found.used);
      if (!plural) break;
      // A list of names before a plural unit word: each named one is a district too.
      if (rest.length === 0 || !LIST_LINK.test(rest.at(-1)!)) break;
      while (rest.length > 0 && LIST_LINK.test(rest.at(-1)!)) rest = rest.slice(0, -1);
    }
  }
  return { districts, provinces };
}
