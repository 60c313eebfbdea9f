import type { Token } from '../../text/tokens.ts';
import type { NameRun } from './capitalised-runs.ts';
import type { ProvinceAbbreviation } from './state-abbreviations.ts';
import { abbreviationOf, isDateline } from './written-forms.ts';
import {
  ADMIN_WORDS, DEMONYMS, DIRECTIONS, NON_PLACE_HEADS, SETTLEMENT_WORDS, ORGANISATION_WORDS, PLACE_TYPE_WORDS, REGION_WORDS,
  STOPWORDS, STRONG_CUES, TITLES, type AdminWordLevel,
} from './place-words.ts';

/**
 * The first reading of a capitalised run in place-names: what the words in and around it say (a unit or
 * place-type word, a cue before it, a direction, a dateline, an organisation or title around it), before
 * the gazetteer is asked. `place-names.ts` then classifies each phrase against the gazetteer.
 */

/** What the words around a name say about it, before the gazetteer is asked. */
export interface Phrase {
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


function isSkippable(token: Token): boolean {
  return STOPWORDS.has(token.norm) || DEMONYMS.has(token.norm) || TITLES.has(token.norm) || DIRECTIONS.has(token.norm);
}

function hasCueBefore(tokens: readonly Token[], first: number): boolean {
  return STRONG_CUES.some((cue) => cue.every((word, k) => tokens[first - 1 - k]?.norm === word));
}

/** Reads the words around one run; null when the run is plainly not a place (a person, an organisation). */
export function readPhrase(tokens: readonly Token[], run: NameRun, text: string, base: number): Phrase | null {
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

function joinRaw(tokens: readonly Token[]): string {
  let out = tokens[0]!.raw;
  for (let i = 1; i < tokens.length; i += 1) out += ` ${tokens[i]!.raw}`;
  return out;
}
