import type { Gazetteer } from '../geo/gazetteer.ts';
import {
  ADMIN_WORDS, DEMONYMS, DIRECTIONS, NON_PLACE_HEADS, ORGANISATION_WORDS, PLACE_TYPE_WORDS, REGION_WORDS, STOPWORDS, TITLES,
} from '../extract/places/place-words.ts';
import { tokenize, type Token } from '../text/tokens.ts';

/** A person the report names in full, and where it first does. */
export interface NamedPerson {
  /** The family name, normalised: "douglas" for "Police Chief Robert Douglas". */
  readonly surname: string;
  readonly start: number;
}

const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
const INITIAL = /^\p{Lu}$/u;

function isOffice(token: Token): boolean {
  return TITLES.has(token.norm) || ORGANISATION_WORDS.has(token.norm) || NON_PLACE_HEADS.has(token.norm);
}

function isPlaceWord(token: Token): boolean {
  const n = token.norm;
  return STOPWORDS.has(n) || DEMONYMS.has(n) || DIRECTIONS.has(n) || ADMIN_WORDS.has(n) || REGION_WORDS.has(n) || PLACE_TYPE_WORDS.has(n);
}

/** Runs of capitalised words, a middle initial ("George W. Bush") included. */
function capitalisedRuns(text: string, tokens: readonly Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (const token of tokens) {
    const previous = run.at(-1);
    const gap = previous ? text.slice(previous.end, token.start) : '';
    const joined = previous !== undefined && (gap === ' ' || (gap === '. ' && INITIAL.test(previous.raw)));
    if (!/^\p{Lu}/u.test(token.raw)) {
      if (run.length > 0) runs.push(run);
      run = [];
      continue;
    }
    if (!joined && run.length > 0) {
      runs.push(run);
      run = [];
    }
    run.push(token);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function isUnit(gazetteer: Gazetteer, word: string): boolean {
  return gazetteer.countryByName(word) !== null || gazetteer.admin1ByName(word).some((u) => u.name.toLowerCase() === word.toLowerCase());
}

function isKnownPlace(gazetteer: Gazetteer, name: string): boolean {
  return gazetteer.countryByName(name) !== null || gazetteer.admin1ByName(name).length > 0 || gazetteer.match(name)[0]?.distance === 0;
}

/**
 * "Police Chief Robert Douglas", "Stephen Davis, of Chiefland": people a report names in full, given name and
 * family name (an office before them set aside). A report then calls them by the family name alone ("Douglas
 * said"), which is no town of that name. Two or three name words, none a word places are made of, and the
 * whole no place the gazetteer knows ("Coral Gables", "Santa Ana").
 */
export function namedPeople(text: string, gazetteer: Gazetteer): NamedPerson[] {
  const people: NamedPerson[] = [];
  for (const run of capitalisedRuns(text, tokenize(text))) {
    let from = 0;
    for (let k = 0; k < run.length; k += 1) if (isOffice(run[k]!)) from = k + 1;
    // Without an office before it, a run opening a sentence or a headline ("Missing Lancaster girl found") or
    // following "of"/"the" ("United Way of Metropolitan Atlanta") is no person's name for sure.
    const lead = text.slice(Math.max(0, run[0]!.start - 5), run[0]!.start);
    if (from === 0 && (run[0]!.start === 0 || /(?:[.!?:"“”]\s*|\n\s*|\b(?:of|the)\s+)$/i.test(lead))) continue;
    const name = run.slice(from).filter((t) => !INITIAL.test(t.raw));
    if (name.length < 2 || name.length > 3) continue;
    if (!name.every((t) => NAME_WORD.test(t.raw) && !isPlaceWord(t))) continue;
    // "Jordan Smith", "Virginia Hall": a first word that is a country or province is left alone, to be safe.
    if (isKnownPlace(gazetteer, name.map((t) => t.raw).join(' ')) || isUnit(gazetteer, name[0]!.raw)) continue;
    people.push({ surname: name.at(-1)!.norm, start: name[0]!.start });
  }
  return people;
}
