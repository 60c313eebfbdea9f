import type { Token } from '../../text/tokens.ts';
import type { NameRun } from './capitalised-runs.ts';
import { provinceAbbreviation, type ProvinceAbbreviation } from './state-abbreviations.ts';

const UPPER_START = /^\p{Lu}/u;
const ALL_CAPITALS = /^\p{Lu}[\p{Lu}.'’-]*$/u;
// After a dateline's place: a dash (typed "--" too), a colon, an opening bracket ("(AP)") or a comma ("MOSCOW, Nov 5").
const YEAR = /^(?:19|20)\d\d$/;
const DATELINE_END = /^\s*(?:[—–:(,]|--?\s)/u;

/**
 * A one-word run that is a province written short: "Ga." (the tokenizer leaves the dot out), "N.Y.", or a
 * postal code right after "Town, ". Null for any other run.
 */
export function abbreviationOf(tokens: readonly Token[], run: NameRun, text: string, base: number): ProvinceAbbreviation | null {
  if (run.first !== run.last) return null;
  const token = tokens[run.first]!;
  const written = token.raw.endsWith('.') || text[token.end - base] !== '.' ? token.raw : `${token.raw}.`;
  const before = tokens[run.first - 1];
  const afterName = before !== undefined && UPPER_START.test(before.raw) && /^,\s?$/.test(text.slice(before.end - base, token.start - base));
  return provinceAbbreviation(written, afterName);
}

/**
 * A run in capitals that opens a sentence and is closed by a dash, colon, bracket or comma: a news
 * dateline ("BEIRUT —", "WASHINGTON (AP) —"), which names a place, not an acronym.
 */
export function isDateline(tokens: readonly Token[], run: NameRun, text: string, base: number): boolean {
  // "By Ann Cole March 24, 2009 NEWARK --": a byline and its date may come before the dateline's place.
  if (run.first !== 0 && !(YEAR.test(tokens[run.first - 1]!.raw) && /^\s+$/.test(text.slice(tokens[run.first - 1]!.end - base, tokens[run.first]!.start - base)))) return false;
  for (let i = run.first; i <= run.last; i += 1) if (!ALL_CAPITALS.test(tokens[i]!.raw) || tokens[i]!.raw.length < 2) return false;
  return DATELINE_END.test(text.slice(tokens[run.last]!.end - base));
}

// US party letters written before a legislator's home town: "Rep. Jerry McNerney, D-Pleasanton".
const PARTY_PREFIXES: ReadonlySet<string> = new Set(['D', 'R', 'I', 'DFL']);

/** The run without a party prefix ("D-Pleasanton" -> "Pleasanton"); the run itself otherwise. */
export function withoutPartyPrefix(tokens: readonly Token[], run: NameRun, text: string, base: number): NameRun {
  if (run.first === run.last || !PARTY_PREFIXES.has(tokens[run.first]!.raw)) return run;
  const gap = text.slice(tokens[run.first]!.end - base, tokens[run.first + 1]!.start - base);
  return gap === '-' ? { first: run.first + 1, last: run.last } : run;
}
