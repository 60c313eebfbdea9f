import type { Gazetteer } from '../../geo/gazetteer.ts';
import type { Token } from '../../text/tokens.ts';
import type { NameRun } from './capitalised-runs.ts';

// Lower-case words inside the names of countries and provinces: "Democratic Republic of the Congo", "Isle of
// Man", "Bosnia and Herzegovina", "Trinidad and Tobago".
const CONNECTOR = /^ (?:of(?: the)?|and|da|de|del) $/;

function spelt(text: string, base: number, first: Token, last: Token): string {
  return text.slice(first.start - base, last.end - base);
}

function isUnitName(gazetteer: Gazetteer, name: string): boolean {
  return gazetteer.countryByName(name) !== null || gazetteer.admin1ByName(name).some((u) => u.name.toLowerCase() === name.toLowerCase());
}

/**
 * Two capitalised runs joined by "of the" or "and" that together spell a country or a province are one name.
 * Only whole unit names are joined: "Bank of America" and "Ohio and Texas" stay apart.
 */
export function joinConnectedNames(runs: readonly NameRun[], tokens: readonly Token[], text: string, base: number, gazetteer: Gazetteer): NameRun[] {
  const out: NameRun[] = [];
  for (let k = 0; k < runs.length; k += 1) {
    const run = runs[k]!;
    const next = runs[k + 1];
    if (next && CONNECTOR.test(text.slice(tokens[run.last]!.end - base, tokens[next.first]!.start - base))) {
      // "The Isle of Man" opening a sentence: the article is no part of the name.
      const first = tokens[run.first]!.norm === 'the' && run.first < run.last ? run.first + 1 : run.first;
      if (isUnitName(gazetteer, spelt(text, base, tokens[first]!, tokens[next.last]!))) {
        out.push({ first, last: next.last });
        k += 1;
        continue;
      }
    }
    out.push(run);
  }
  return out;
}
