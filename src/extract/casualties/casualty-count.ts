import type { CasualtyMention, Outcome } from '../../core/mention.ts';
import type { Extractor } from '../../core/pipeline.ts';
import { sentenceTokens } from '../../text/sentence-tokens.ts';
import type { Token } from '../../text/tokens.ts';
import { findCountedPhrases, type CountedPhrase } from './counted-phrases.ts';
import { alongWith, armedMembers, elsewhere, isBody, ownVerbAfter, pastAside, plusOne } from './casualty-context.ts';
import { nounAfterNumber } from './noun-after-number.ts';
import { BREAKDOWN_CUES, LINKING, OUTCOME_AFTER, OUTCOME_BEFORE } from './outcome-words.ts';

const RIGHT_WINDOW = 7;
const LEFT_WINDOW = 3;

/** Words that begin the object of an active verb: "shot and killed a man", "killed 3 villagers". */
const OBJECT_START = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'dozens', 'many', 'civilians', 'people', 'him', 'them']);
const PASSIVE_AUX = new Set(['were', 'was', 'been', 'be', 'being', 'got', 'are', 'is']);

/**
 * Scans right from token `from` over linking words to an outcome word ("were reportedly killed"). An outcome
 * verb with an object after it and no auxiliary before it is active ("two gunmen shot and killed a man"): the
 * phrase before it did the killing.
 */
function outcomeFrom(tokens: readonly Token[], from: number, includingList: boolean): Outcome | null {
  let skipped = 0;
  let passive = false;
  for (let k = from; k < tokens.length && skipped <= RIGHT_WINDOW; k += 1) {
    const word = tokens[k]!.norm;
    const outcome = OUTCOME_AFTER.get(word);
    if (outcome) {
      const next = tokens[k + 1]?.norm ?? '';
      const active = !passive && outcome !== 'displaced' && !NEVER_ACTIVE.has(word) && (OBJECT_START.has(next) || /^\d/.test(next));
      return active ? null : outcome;
    }
    if (PASSIVE_AUX.has(word)) passive = true;
    // "was shot nine times and killed"
    if (tokens[k + 1]?.norm === 'times') {
      k += 1;
      continue;
    }
    if (BREAKDOWN_CUES.has(word)) {
      skipped += 1;
      continue;
    }
    if (!LINKING.has(word) && skipped > 0 && !includingList) return null;
    skipped += 1;
  }
  return null;
}

/** Past a trailing "at least": "11 people at least, including 5 children, suffocated". */
function afterAtLeast(tokens: readonly Token[], k: number): number {
  return tokens[k]?.norm === 'at' && tokens[k + 1]?.norm === 'least' ? k + 2 : k;
}

const AUXILIARY = new Set(['was', 'were', 'has', 'have', 'had', 'is', 'are']);
const POSTMODIFIER_REACH = 8;
/** Outcome words that never take an object: "One person died, five were injured". */
const NEVER_ACTIVE = new Set(['died', 'succumbed', 'perished']);
const INTRANSITIVE = new Set(['died', 'succumbed', 'perished', 'dead']);
const ADVERBS = new Set(['later', 'reportedly', 'subsequently', 'also', 'eventually', 'allegedly', 'then']);

/**
 * "21 civilians were killed", "4 people, including a girl, were killed", and with the noun's own words in
 * between, "a former member of the Afghan police was killed": the outcome after the phrase.
 */
function outcomeAfter(
  tokens: readonly Token[],
  phrase: CountedPhrase,
  clauseEnds: (k: number) => boolean,
  nextPhrase: number,
): Outcome | null {
  // "The attackers killed 30 cattle": a phrase counted by reference is the subject unless the verb is passive.
  if (phrase.anaphoric) {
    const first = tokens[phrase.to]?.norm ?? '';
    const second = tokens[phrase.to + 1]?.norm ?? '';
    const passive = AUXILIARY.has(first) || INTRANSITIVE.has(first) || (ADVERBS.has(first) && (INTRANSITIVE.has(second) || AUXILIARY.has(second)));
    if (!passive) return null;
  }
  const direct = outcomeFrom(tokens, phrase.to, BREAKDOWN_CUES.has(tokens[afterAtLeast(tokens, phrase.to)]?.norm ?? ''));
  if (direct) return direct;
  for (let k = phrase.to; k < Math.min(tokens.length, phrase.to + POSTMODIFIER_REACH, nextPhrase); k += 1) {
    if (clauseEnds(k)) return null;
    if (AUXILIARY.has(tokens[k]!.norm)) return outcomeFrom(tokens, k, false);
  }
  return null;
}

const CLAUSE_BREAK = new Set(['when', 'after', 'while', 'as', 'because', 'by', 'which', 'who', 'that', 'before', 'where']);
const RISE = new Set(['risen', 'rose', 'rise', 'rises', 'increased', 'increases', 'climbed', 'climbs', 'jumped', 'jumps', 'reached', 'reaches', 'hit', 'stood', 'stands', 'grew', 'mounted']);
const TOLL_REACH = 16;

/** "killing 13 people", "the death of 8 persons": the outcome just before the phrase, within its clause. */
function outcomeBefore(tokens: readonly Token[], phrase: CountedPhrase): Outcome | null {
  for (let k = phrase.from - 1; k >= 0 && k >= phrase.from - LEFT_WINDOW; k -= 1) {
    const word = tokens[k]!.norm;
    const outcome = OUTCOME_BEFORE.get(word);
    if (outcome) return outcome;
    if (CLAUSE_BREAK.has(word)) return null;
  }
  return tollRise(tokens, phrase);
}

/**
 * "The number of people killed ... has risen to at least 171", "the death toll stood at 40", and with the
 * count between a transitive verb and its figure, "which raised the number of people killed since yesterday to 48".
 */
function tollRise(tokens: readonly Token[], phrase: CountedPhrase): Outcome | null {
  const to = tokens[phrase.from - 1]?.norm;
  const verb = tokens[phrase.from - 2]?.norm ?? '';
  if (to !== 'to' && to !== 'at') return null;
  let from = phrase.from - 3;
  if (!RISE.has(verb)) {
    const raised = raiseBefore(tokens, phrase.from - 2);
    if (raised < 0) return null;
    from = phrase.from - 2;
  } else {
    const named = countNamedAfter(tokens, phrase.to);
    if (named) return named;
  }
  for (let k = from; k >= 0 && k >= phrase.from - TOLL_REACH; k -= 1) {
    const word = tokens[k]!.norm;
    if (word === 'toll' || word === 'dead' || word === 'deaths' || word === 'killed' || word === 'died' || word === 'fatalities') return 'killed';
    if (word === 'wounded' || word === 'injured' || word === 'injuries') return 'wounded';
  }
  return null;
}

const RAISE = new Set(['raised', 'raising', 'brought', 'bringing', 'pushed', 'pushing', 'took', 'taking']);

/** The index of "raised"/"bringing" a few words before "to N" with "the number"/"the toll" after it, or -1. */
function raiseBefore(tokens: readonly Token[], from: number): number {
  for (let k = from; k >= 0 && k >= from - TOLL_REACH + 2; k -= 1) {
    if (!RAISE.has(tokens[k]!.norm)) continue;
    const object = tokens[k + 1]?.norm === 'the' ? tokens[k + 2]?.norm : tokens[k + 1]?.norm;
    return object === 'number' || object === 'toll' || object === 'death' ? k : -1;
  }
  return -1;
}

const COUNTED_KILLED = new Set(['martyrs', 'dead', 'deaths', 'killed', 'fatalities', 'victims', 'people', 'persons', 'civilians']);
const COUNTED_WOUNDED = new Set(['wounded', 'injured', 'injuries']);

/**
 * The count named after the figure, as monitors phrase a rising toll: "it increased to 6, including 2 children,
 * the number of martyrs documented", "rose to 30 the number of wounded". The first "number of" decides.
 */
function countNamedAfter(tokens: readonly Token[], from: number): Outcome | null {
  for (let k = from; k < tokens.length - 2 && k < from + TOLL_REACH; k += 1) {
    if (tokens[k]!.norm !== 'number' || tokens[k + 1]!.norm !== 'of') continue;
    for (let j = k + 2; j < tokens.length && j < k + 5; j += 1) {
      const word = tokens[j]!.norm;
      if (COUNTED_WOUNDED.has(word)) return 'wounded';
      if (COUNTED_KILLED.has(word)) return word === 'people' || word === 'persons' || word === 'civilians' ? countedVerb(tokens, j + 1) : 'killed';
    }
    return null;
  }
  return null;
}

/** "the number of people killed", "the number of civilians who were wounded": the participle after the noun. */
function countedVerb(tokens: readonly Token[], from: number): Outcome | null {
  for (let k = from; k < tokens.length && k < from + 4; k += 1) {
    const outcome = OUTCOME_AFTER.get(tokens[k]!.norm);
    if (outcome) return outcome;
  }
  return null;
}

/** Where a breakdown list starts: "including", "among them", "among the slain were". */
function breakdownCue(tokens: readonly Token[], phrase: CountedPhrase, listStart: number, cueAt: Int32Array): Outcome | 'same' | null {
  const k = phrase.from > 0 ? cueAt[phrase.from - 1]! : -1;
  if (k < Math.max(0, listStart - 4)) return null;
  const word = tokens[k]!.norm;
  if (word === 'including' || word === 'includes' || word === 'include') return 'same';
  const next = tokens[k + 1]?.norm === 'the' ? tokens[k + 2]?.norm : tokens[k + 1]?.norm;
  if (next === 'them' || next === 'whom') return 'same';
  return OUTCOME_AFTER.get(next ?? '') ?? (next === 'victims' || next === 'casualties' ? 'same' : null);
}

/**
 * For each token, the index of the nearest cue word ("including", "among", "of") at or before it, or -1.
 * The nearest cue is the only one breakdownCue reads, and a long list ("1, 2, 3, ...") would otherwise
 * rescan its whole length for every phrase in it.
 */
function nearestCues(tokens: readonly Token[]): Int32Array {
  const cueAt = new Int32Array(tokens.length);
  let last = -1;
  for (let k = 0; k < tokens.length; k += 1) {
    const word = tokens[k]!.norm;
    if (word === 'including' || word === 'includes' || word === 'include' || word === 'among' || word === 'of') last = k;
    cueAt[k] = last;
  }
  return cueAt;
}

interface Reading {
  readonly outcome: Outcome | null;
  readonly partOf: boolean;
  /** Counted with the phrase before it: "12 soldiers and 4 militiamen were killed" adds up. */
  readonly joined: boolean;
}

/** The outcome of each phrase on its own: the verb right before it, a breakdown cue, the verb after it. */
function readPhrases(
  tokens: readonly Token[],
  phrases: readonly CountedPhrase[],
  punctuatedBefore: (p: CountedPhrase) => boolean,
  clauseEnds: (k: number) => boolean,
  pastAside: (phrase: CountedPhrase) => number,
): Reading[] {
  const nextFrom = new Map(phrases.map((phrase, p) => [phrase, phrases[p + 1]?.from ?? tokens.length] as const));
  const after = (phrase: CountedPhrase) => {
    const to = pastAside(phrase);
    return outcomeAfter(tokens, to === phrase.to ? phrase : { ...phrase, to }, clauseEnds, Math.max(to, nextFrom.get(phrase) ?? tokens.length));
  };
  const readings: Reading[] = [];
  if (phrases.length === 0) return readings;
  const cueAt = nearestCues(tokens);
  let lastOutcome: Outcome | null = null;
  let listStart = 0;
  for (let p = 0; p < phrases.length; p += 1) {
    const phrase = phrases[p]!;
    // A list continues while phrases are only joined by commas and "and": "9 children, a woman, and 3 paramedics".
    const previous = phrases[p - 1];
    const inList = previous !== undefined && phrase.from - previous.to <= 1;
    if (!inList) listStart = phrase.from;
    const cue = breakdownCue(tokens, phrase, listStart, cueAt);
    // "dragged out by four armed individuals, shot, and killed": the agent of a passive is not its victim.
    if (tokens[phrase.from - 1]?.norm === 'by' && !cue) {
      readings.push({ outcome: null, partOf: false, joined: false });
      continue;
    }
    const adjacent = punctuatedBefore(phrase) ? null : (OUTCOME_BEFORE.get(tokens[phrase.from - 1]?.norm ?? '') ?? null);
    let outcome: Outcome | null;
    if (cue) outcome = cue === 'same' ? (after(phrase) ?? lastOutcome ?? 'killed') : cue;
    else outcome = adjacent ?? after(phrase) ?? outcomeBefore(tokens, phrase);
    // "killed 8 civilians in Mbakira and 7 civilians in Chavinyungu": the verb carries over "and".
    // "A villager died, and another villager sustained a wound": a phrase with a verb of its own takes none.
    const ownVerb = ownVerbAfter(tokens[phrase.to]);
    const carried = !outcome && !cue && !ownVerb && tokens[phrase.from - 1]?.norm === 'and' && previous && readings[p - 1]?.outcome;
    if (carried) {
      readings.push({ outcome: readings[p - 1]!.outcome, partOf: readings[p - 1]!.partOf, joined: true });
      continue;
    }
    if (outcome) lastOutcome = outcome;
    readings.push({ outcome, partOf: cue !== null, joined: false });
  }
  // "12 soldiers and 4 volunteer fighters were killed": the verb after the last phrase covers the whole list.
  for (let p = phrases.length - 2; p >= 0; p -= 1) {
    const here = readings[p]!;
    const next = readings[p + 1]!;
    const gap = phrases[p + 1]!.from - phrases[p]!.to;
    const joinedByAnd = gap === 0 || (gap === 1 && tokens[phrases[p]!.to]!.norm === 'and');
    if (here.outcome === null && next.outcome !== null && !next.partOf && joinedByAnd) {
      readings[p] = { ...here, outcome: next.outcome };
      readings[p + 1] = { ...next, joined: true };
    }
  }
  return readings;
}

/** Casualty figures in a sentence: killed, wounded, displaced, with victim group, qualifier and breakdowns. */
export const casualtyCount: Extractor = {
  name: 'casualty-count',
  extract(_ctx, sentence) {
    const tokens = sentenceTokens(sentence);
    const phrases = findCountedPhrases(tokens);
    const base = sentence.span.start;
    const punctuated = (a: Token, b: Token) => /[,;.:()]/.test(sentence.text.slice(a.end - base, b.start - base));
    const readings = readPhrases(
      tokens,
      phrases,
      (phrase) => {
        const before = tokens[phrase.from - 1];
        return before !== undefined && punctuated(before, tokens[phrase.from]!);
      },
      (k) => k > 0 && punctuated(tokens[k - 1]!, tokens[k]!),
      (phrase) => pastAside(sentence.text, base, tokens, phrase.to),
    );
    const found: CasualtyMention[] = [];
    phrases.forEach((phrase, p) => {
      const read = readings[p]!;
      // A body is a dead person whatever the verb: "two bodies were found", "a man's body was recovered".
      const reading = read.outcome || !isBody(sentence.text, phrase.span.start - base, phrase.span.end - base) ? read : { ...read, outcome: 'killed' as const };
      if (!reading.outcome || elsewhere(sentence.text, phrase.span.end - base, reading.outcome)) return;
      // A bare number is a count of people only when nothing else is named: "killed 25 heads of cattle" is not.
      const noun = phrase.group || reading.partOf ? null : nounAfterNumber(tokens, sentence.text, base, phrase);
      if (noun?.kind === 'other') return;
      const span = noun?.kind === 'people' ? { start: phrase.span.start, end: tokens[noun.to - 1]!.end } : phrase.span;
      found.push({
        kind: 'casualty',
        span,
        outcome: reading.outcome,
        figure: alongWith(tokens, phrase) ? plusOne(phrase.figure) : phrase.figure,
        group: armedMembers(sentence.text, span.start - base, span.end - base) ? 'combatants' : (phrase.group ?? 'people'),
        side: phrase.modifier,
        partOf: reading.partOf,
        additional: phrase.additional,
        joined: reading.joined,
        ...(tollRise(tokens, phrase) === reading.outcome ? { toll: true } : {}),
      });
    });
    // "The chief was killed along with three others": the one named is inside the 4 already.
    const along = phrases.findIndex((phrase, p) => readings[p]!.outcome === 'killed' && alongWith(tokens, phrase));
    if (along >= 0) return found.filter((m) => !(m.outcome === 'killed' && m.figure.best === 1 && m.span.end <= phrases[along]!.span.start));
    return found;
  },
};
