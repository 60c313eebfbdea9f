import { findNameRuns } from '../extract/places/capitalised-runs.ts';
import { ORGANISATION_WORDS } from '../extract/places/place-words.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import type { Gazetteer } from '../geo/gazetteer.ts';
import { spellingNamesakes } from '../geo/spelling-namesakes.ts';

// "West Virginia Lottery Commission": a province's name is at most this many words.
const MAX_WORDS = 3;
const OPENING_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an']);
// "Washington Drive", "Georgia Avenue": a street named after a state says nothing of where the report is.
const STREET_WORDS: ReadonlySet<string> = new Set(['street', 'st', 'avenue', 'ave', 'drive', 'dr', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'ln', 'way', 'place', 'court', 'terrace', 'parkway', 'pike']);

function words(tokens: readonly Token[], first: number, last: number): string {
  return tokens.slice(first, last + 1).map((t) => t.raw).join(' ');
}

/**
 * The provinces named inside organisations' names: "the Georgia Bureau of Investigation", "Texas Forest
 * Service", "the University of Georgia". The organisation is no place where anything happened, but it says
 * which state a local report is written in. Returns province keys ("US.GA"), every namesake of a shared name.
 */
export function embeddedProvinces(gazetteer: Gazetteer, text: string): ReadonlySet<string> {
  const tokens = tokenize(text);
  const found = new Set<string>();
  const add = (name: string): void => {
    for (const unit of spellingNamesakes(gazetteer, name)) found.add(`${unit.countryCode}.${unit.code}`);
  };
  for (const found of findNameRuns(tokens, text, 0)) {
    // "The New York State Police" opening a sentence: the article is no part of either name.
    let first = found.first;
    while (first < found.last && OPENING_WORDS.has(tokens[first]!.norm)) first += 1;
    const run = { first, last: found.last };
    if (STREET_WORDS.has(tokens[run.last]!.norm.replace(/\.$/, ''))) continue;
    // A province's name opening a longer name, unless the longer name is a town ("Kansas City", "Iowa City").
    for (let size = Math.min(MAX_WORDS, run.last - run.first); size >= 1; size -= 1) {
      const name = words(tokens, run.first, run.first + size - 1);
      if (spellingNamesakes(gazetteer, name).length === 0) continue;
      const longer = words(tokens, run.first, run.first + size);
      if (!gazetteer.match(longer).some((m) => m.distance === 0)) add(name);
      break;
    }
    // "the University of Georgia": a province's name after an organisation's "of".
    const of = tokens[run.first - 1];
    if (of?.norm === 'of' && ORGANISATION_WORDS.has(tokens[run.first - 2]?.norm ?? '') && run.last - run.first < MAX_WORDS) {
      add(words(tokens, run.first, run.last));
    }
  }
  return found;
}
