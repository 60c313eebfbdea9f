import type { Token } from '../../text/tokens.ts';
import { MONTHS, WEEKDAYS } from '../dates/lexicon.ts';
import { PARTICLES, STOPWORDS } from './place-words.ts';

/** A run of name-like tokens: `first..last` are indices into the sentence's tokens. */
export interface NameRun {
  readonly first: number;
  readonly last: number;
  /** The first of two places written "X-Y" ("the X-Y road"): a town the road or front starts from. */
  readonly paired?: boolean;
}

const UPPER_START = /^\p{Lu}/u;
// "in Alexandria Friday night", "Monroe March 3": a weekday or a month written out is no part of a name before it.
// "May" is a name too ("Lake May"); abbreviations ("Mar", "Sun") are words of names.
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...Object.keys(WEEKDAYS), ...Object.keys(MONTHS).filter((m) => m.length > 3 && m !== 'Sept' && m !== 'May')]);
// Between two tokens of one name: a space, a hyphen, or nothing else.
const JOINER = /^(?:\s|[-‐–])$|^ $/u;

function isCapitalised(token: Token): boolean {
  return UPPER_START.test(token.raw);
}

function joined(text: string, base: number, left: Token, right: Token): boolean {
  const gap = text.slice(left.end - base, right.start - base);
  return gap.length === 1 && JOINER.test(gap);
}

/**
 * Sequences of capitalised words joined by spaces or hyphens, with lower-case particles inside
 * ("Deir ez-Zor", "Maarat al-Numan", "Kitaf wa Al Boqee"). Linear in the number of tokens.
 */
export function findNameRuns(tokens: readonly Token[], text: string, base: number): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i]!)) {
      i += 1;
      continue;
    }
    let last = i;
    let j = i + 1;
    while (j < tokens.length && joined(text, base, tokens[j - 1]!, tokens[j]!)) {
      const token = tokens[j]!;
      // "in the U.S. The first case": a name closed by a dot does not run on into the next sentence's first word.
      if (tokens[j - 1]!.raw.endsWith('.') && STOPWORDS.has(token.norm)) break;
      if (isCapitalised(token)) {
        if (CALENDAR_WORDS.has(token.raw)) break;
        last = j;
        j += 1;
        continue;
      }
      // A particle belongs to the name only when a capitalised word follows it.
      const next = tokens[j + 1];
      // Never after an acronym: "a CASO at Haripora" is an operation, then a place.
      const afterAcronym = /^\p{Lu}{2,}$/u.test(tokens[j - 1]!.raw);
      if (PARTICLES.has(token.norm) && next && joined(text, base, token, next) && isCapitalised(next) && !afterAcronym) {
        last = j + 1;
        j += 2;
        continue;
      }
      break;
    }
    runs.push({ first: i, last });
    i = last + 1;
  }
  return runs;
}
