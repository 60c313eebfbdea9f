import type { Gazetteer } from '../../geo/gazetteer.ts';
import type { Token } from '../../text/tokens.ts';
import type { NameRun } from './capitalised-runs.ts';
import { PARTICLES } from './place-words.ts';
import { placeProminence } from '../../geo/place-prominence.ts';

const HYPHEN = /^[-‐–]$/u;
const ACRONYM = /^\p{Lu}{2,}$/u;
const LINE_WORDS = new Set(['axis', 'road', 'highway', 'motorway', 'front', 'frontline', 'line', 'route', 'corridor', 'railway', 'junction']);

function words(tokens: readonly Token[], first: number, last: number): string {
  return tokens.slice(first, last + 1).map((t) => t.raw).join(' ');
}

function isKnown(gazetteer: Gazetteer, name: string): boolean {
  return gazetteer.match(name)[0]?.distance === 0 || gazetteer.admin1ByName(name).length > 0;
}

// A town of 10,000 or a seat of some size: "Wal-Mart" joins two hamlets' names, "Fargo-Moorhead" two towns.
const PAIRED_TOWN_PROMINENCE = 4;

/** A country, a province, or a town of some size by its own name: "Fargo", "Moorhead", not "Wal" or a person's "Abdul". */
function isOwnName(gazetteer: Gazetteer, name: string): boolean {
  if (gazetteer.countryByName(name) !== null || gazetteer.admin1ByName(name).length > 0) return true;
  return gazetteer.match(name).some((m) => m.distance === 0 && m.primary && placeProminence(m.place.feature, m.place.population) >= PAIRED_TOWN_PROMINENCE);
}

/**
 * "the Ash Shula-Sokhneh axis", "the As-Sweida-Damascus road": two places joined by a hyphen read as one run
 * of capitalised words. When the whole is no known place and the part before the hyphen is, the run is
 * read as that first place alone. A hyphen next to an article ("As-Sweida", "Deir Ez-Zor") joins one name and is never a split.
 */
export function splitHyphenPairs(runs: readonly NameRun[], tokens: readonly Token[], text: string, base: number, gazetteer: Gazetteer): NameRun[] {
  return runs.flatMap((run) => {
    if (run.last === run.first) return [run];
    for (let k = run.first + 1; k <= run.last; k += 1) {
      const left = tokens[k - 1]!;
      const right = tokens[k]!;
      if (!HYPHEN.test(text.slice(left.end - base, right.start - base))) continue;
      if (PARTICLES.has(left.norm) || PARTICLES.has(right.norm)) continue;
      // "Russia-Turkey ties", "the Canada-EU deal": a country before the hyphen is a name of its own.
      const asWritten = text.slice(tokens[run.first]!.start - base, tokens[run.last]!.end - base);
      if (gazetteer.countryByName(words(tokens, run.first, k - 1)) && !isKnown(gazetteer, asWritten) && !gazetteer.countryByName(asWritten)) {
        return [{ first: run.first, last: k - 1 }, ...splitHyphenPairs([{ first: k, last: run.last }], tokens, text, base, gazetteer)];
      }
      if (ACRONYM.test(right.raw)) return [run];
      // "Fargo-Moorhead", "the Atlanta-Savannah flight": two places by their own names, no place as a whole.
      if (!LINE_WORDS.has(tokens[run.last + 1]?.norm ?? '')) {
        const pair = k === run.last || k - 1 === run.first ? [words(tokens, run.first, k - 1), words(tokens, k, run.last)] : null;
        if (pair && !isKnown(gazetteer, asWritten) && !gazetteer.countryByName(asWritten) && pair.every((name) => isOwnName(gazetteer, name))) {
          return [{ first: run.first, last: k - 1 }, { first: k, last: run.last }];
        }
        // Otherwise only a road or a front line joins two places so ("Kilima-FPIC" names an armed group).
        return [run];
      }
      if (isKnown(gazetteer, words(tokens, run.first, run.last)) || !isKnown(gazetteer, words(tokens, run.first, k - 1))) return [run];
      // ACLED codes such a road or front line at the place named first; the other end is not the event's place.
      return [{ first: run.first, last: k - 1, paired: true }];
    }
    return [run];
  });
}
