import type { Gazetteer } from '../../geo/gazetteer.ts';
import type { Token } from '../../text/tokens.ts';
import type { NameRun } from './capitalised-runs.ts';
import { NON_PLACE_HEADS, ORGANISATION_WORDS, PARTICLES, TITLES } from './place-words.ts';

function words(tokens: readonly Token[], first: number, last: number): string {
  return tokens.slice(first, last + 1).map((t) => t.raw).join(' ');
}

function spelt(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** A country, a province or a town spelt exactly so. */
function isKnown(gazetteer: Gazetteer, name: string): boolean {
  if (gazetteer.countryByName(name)) return true;
  if (gazetteer.admin1ByName(name).some((u) => spelt(u.name, name))) return true;
  return gazetteer.match(name).some((m) => m.distance === 0 && spelt(m.place.name, name));
}

/**
 * "Quebec Health Minister Gaetan Barrette", "United States President George Bush", "Kirkland Mayor Joan
 * McBride": a place names the office of the person after it, and the capitalised run holds both. When a title
 * word follows a known place (maybe through a portfolio: "Health", "Finance"), the run is cut to that place.
 * A run naming an organisation ("West Virginia State Police", "Georgia Bureau") is left whole, to be refused.
 */
export function splitTitledRuns(runs: readonly NameRun[], tokens: readonly Token[], gazetteer: Gazetteer): NameRun[] {
  return runs.map((run) => {
    if (run.last === run.first) return run;
    let title = -1;
    for (let k = run.first; k <= run.last; k += 1) {
      const norm = tokens[k]!.norm;
      if (ORGANISATION_WORDS.has(norm) || NON_PLACE_HEADS.has(norm)) return run;
      // "Port-au-Prince": a title word after a particle is part of a town's name.
      if (title < 0 && k > run.first && TITLES.has(norm) && !PARTICLES.has(tokens[k - 1]!.norm)) title = k;
    }
    if (title < 0) return run;
    for (let last = title - 1; last >= run.first; last -= 1) {
      if (isKnown(gazetteer, words(tokens, run.first, last))) return { first: run.first, last };
    }
    return run;
  });
}
