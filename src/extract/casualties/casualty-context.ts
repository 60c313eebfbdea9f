import type { Figure } from '../../core/mention.ts';
import type { Token } from '../../text/tokens.ts';
import type { CountedPhrase } from './counted-phrases.ts';
import { LINKING, OUTCOME_AFTER } from './outcome-words.ts';

/**
 * What the words around a counted phrase say about it, beyond its verb: a body is a dead person, a figure may
 * belong to another event or split nothing, "along with three others" counts one more, an aside in brackets
 * is read past, and gang members killed are fighters.
 */

/** A past-tense verb right after a phrase ("sustained", "escaped"), other than the linking words. */
export function ownVerbAfter(token: Token | undefined): boolean {
  return token !== undefined && token.raw === token.norm && token.norm.endsWith('ed') && !LINKING.has(token.norm) && !OUTCOME_AFTER.has(token.norm);
}

const BODY_NOUN = /\b(?:bodies|corpses?)$/i;
const BODY_OF = /^(?:['’]s)?\s+(?:dead\s+|lifeless\s+|charred\s+|burnt\s+|burned\s+)?(?:body|corpse|remains)\b/i;
const BODY_BEFORE = /\b(?:body|corpse|remains) of\s*$/i;
const FOUND = /\b(?:found|discovered|recovered|retrieved|dumped|lying|identified|buried|exhumed|unearthed|pulled)\b/i;

/** "two bodies were found", "a man's body was recovered", "the body of a trader was discovered". */
export function isBody(text: string, start: number, end: number): boolean {
  const named = BODY_NOUN.test(text.slice(start, end)) || BODY_OF.test(text.slice(end, end + 24)) || BODY_BEFORE.test(text.slice(Math.max(0, start - 20), start));
  return named && FOUND.test(text);
}

/**
 * Figures that are not this event's dead: "4 fighters were killed or injured" splits nothing (ACLED counts no
 * fatality), and "killed a man (coded separately)" belongs to another coded event.
 */
const EITHER_OUTCOME = /^[^.;]{0,40}?\b(?:(?:killed|dead)\s+or\s+(?:wounded|injured)|(?:wounded|injured)\s+or\s+killed)\b/i;
const CODED_ELSEWHERE = /^[^.;]{0,80}?[[(](?:coded|recorded) separately[\])]/i;

export function elsewhere(text: string, end: number, outcome: string): boolean {
  const after = text.slice(end, end + 120);
  return (outcome === 'killed' && EITHER_OUTCOME.test(after)) || CODED_ELSEWHERE.test(after);
}

/** "the police chief was killed along with three others": the others and the one named. */
export function alongWith(tokens: readonly Token[], phrase: CountedPhrase): boolean {
  return tokens[phrase.from - 1]?.norm === 'with' && tokens[phrase.from - 2]?.norm === 'along' && tokens[phrase.to - 1]?.norm === 'others';
}

export function plusOne(f: Figure): Figure {
  return { ...f, low: f.low + 1, best: f.best + 1, high: f.high === null ? null : f.high + 1 };
}

const ASIDE_REACH = 60;

/** "two militants (suspected TTP) were killed": the token after a short aside in brackets, else `to` itself. */
export function pastAside(text: string, base: number, tokens: readonly Token[], to: number): number {
  const next = tokens[to];
  const last = tokens[to - 1];
  if (!next || !last || !text.slice(last.end - base, next.start - base).includes('(')) return to;
  const close = text.indexOf(')', next.start - base);
  if (close < 0 || close - (next.start - base) > ASIDE_REACH) return to;
  let k = to;
  while (k < tokens.length && tokens[k]!.start - base < close) k += 1;
  return k;
}

/** Members of gangs, cartels and armed groups are fighters when they are killed, whoever they are. */
const ARMED_MEMBERSHIP = /^(?:[^.,;]{0,40}?\bof (?:a |the |an )?(?:rival |armed |drug[- ]trafficking |criminal |militant |insurgent |jihadist )+(?:group|gang|cartel|faction|organi[sz]ation)s?|\s+(?:of )?(?:the )?(?:rival )?(?:gang|cartel))/i;
const GANG_WORDS = /\b(?:gang|cartel|drug dealer|drug trafficker|trafficker|militia member)/i;

export function armedMembers(text: string, start: number, end: number): boolean {
  return GANG_WORDS.test(text.slice(start, end)) || ARMED_MEMBERSHIP.test(text.slice(end, end + 80));
}
