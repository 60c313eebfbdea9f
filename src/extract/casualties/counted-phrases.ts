import type { Figure, VictimGroup } from '../../core/mention.ts';
import type { Span } from '../../core/span.ts';
import { readNumber } from '../../text/numbers.ts';
import type { Token } from '../../text/tokens.ts';
import { VICTIM_GROUPS, VICTIM_WORDS } from '../lexicon/index.ts';
import { OUTCOME_BEFORE } from './outcome-words.ts';

/** A counted noun phrase: "more than 100 regime troops", "a woman", "9 children", "330,000". */
export interface CountedPhrase {
  readonly from: number;
  readonly to: number;
  readonly span: Span;
  readonly figure: Figure;
  readonly group: VictimGroup | null;
  /** Words between the number and the noun ("regime", "Turkish"): who the victims belong to. */
  readonly modifier: string | null;
  readonly additional: boolean;
  /** Counted by reference ("the man", "he"): only a passive or intransitive verb makes it a casualty. */
  readonly anaphoric?: boolean;
}

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
const NOT_COUNTS = new Set(['gmt', 'am', 'pm', 'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'percent', 'per', 'hours', 'hour', 'minutes', 'days', 'weeks', 'months', 'years', 'year', 'old', 'th', 'st', 'nd', 'rd', 'mm', 'kg', 'tons', 'tonnes', 'dollars', 'usd']);
const ADDITIONAL = new Set(['another', 'further', 'additional', 'more']);
/** Words that count one person when a victim noun follows: "a woman", "another armed man", "her husband". */
const SINGULAR = new Set(['a', 'an', 'another', 'his', 'her', 'one']);
/** People already introduced, counted again when they die: "The man later died", "both civilians were killed". */
const ANAPHORIC: ReadonlyMap<string, number> = new Map(Object.entries({ the: 1, he: 1, she: 1, him: 1, her: 1, both: 2 }));
const PERSON_NOUNS = new Set([
  'man', 'woman', 'boy', 'girl', 'child', 'victim', 'civilian', 'soldier', 'officer', 'policeman', 'driver', 'teacher',
  'farmer', 'journalist', 'student', 'worker', 'suspect', 'trafficker', 'gangster', 'militant', 'fighter', 'attacker',
  'assailant', 'robber', 'thief', 'member', 'guard', 'official', 'leader', 'individual', 'person', 'resident',
]);
/** Victim nouns that after "the" name a whole group or the dead themselves, not one person told of before. */
const NOT_ANAPHORIC = new Set([
  'dead', 'displaced', 'military', 'people', 'body', 'corpse', 'staff', 'crew', 'family', 'men', 'women', 'children', 'police', 'personnel', 'idps',
]);
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
/** A victim noun is not looked for past these: "a mob killed a truck driver" is not one counted phrase. */
const MODIFIER_STOP = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'by', 'was', 'were', 'is', 'are', 'who', 'to', 'from', 'with',
  'for', 'but', 'no', 'not', 'nor', 'including', 'among', 'killed', 'killing', 'injured', 'wounded', 'dead', 'died', 'shot', 'attacked', 'beat', 'after', 'during',
]);
const MAX_MODIFIER = 3;
const ONE_ALONE_BEFORE = new Set(['and', 'or', 'while', 'in', 'on', 'at', 'near', 'as', 'when', 'after', 'but']);
const GROUP_OF: Readonly<Record<string, VictimGroup>> = {
  people: 'people', civilians: 'civilians', children: 'children', women: 'women', men: 'men', medics: 'medics',
  combatants: 'combatants', journalists: 'journalists',
};

/** Ages are not counts: "aged 12", "younger than 15", "over the age of 60". */
function isAge(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.norm ?? '';
  const twoBefore = tokens[i - 2]?.norm ?? '';
  return before === 'aged' || before === 'age' || before === 'ages' || (before === 'than' && (twoBefore === 'younger' || twoBefore === 'older')) || (before === 'of' && twoBefore === 'age');
}

function isDateNumber(tokens: readonly Token[], i: number, to: number): boolean {
  if (isAge(tokens, i)) return true;
  const before = tokens[i - 1]?.norm ?? '';
  const after = tokens[to]?.norm ?? '';
  if (MONTHS.has(before) || MONTHS.has(after) || NOT_COUNTS.has(after)) return true;
  const raw = tokens[i]!.norm;
  return /^(1[89]|20)\d\d$/.test(raw) && to === i + 1;
}

const PASSIVE = new Set(['was', 'has', 'had', 'got', 'died', 'succumbed']);
const PASSIVE_REACH = 5;

/** The index of "was"/"died" within a few words after a singular noun phrase, or null. */
function findPassive(tokens: readonly Token[], from: number): number | null {
  for (let k = from; k < Math.min(tokens.length, from + PASSIVE_REACH); k += 1) {
    const word = tokens[k]!.norm;
    if (PASSIVE.has(word)) return k > from ? k : null;
    if (word === 'and' || word === 'who' || word === 'which' || word === 'that' || word === 'were') return null;
  }
  return null;
}

/**
 * "The man later died", "he was killed", "killed her", "both of the civilians were killed": a person counted by
 * reference. Callers treat these as restatements, so they never add to a figure already given.
 */
// Asked at every "the" of a report, so no closure or regular expression per call.
function isPerson(t: Token | undefined): boolean {
  if (t === undefined) return false;
  const norm = t.norm;
  return PERSON_NOUNS.has(norm) || (norm.endsWith('s') && PERSON_NOUNS.has(norm.slice(0, -1))) || (VICTIM_WORDS.has(norm) && !norm.endsWith('s') && !NOT_ANAPHORIC.has(norm));
}

/** "the head of Vovchansk Forestry" is a person; "the head of cattle" is not. */
function headOf(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.norm !== 'head' || tokens[at + 1]?.norm !== 'of') return false;
  const owner = tokens[at + 2]?.norm === 'the' ? tokens[at + 3] : tokens[at + 2];
  return owner !== undefined && !LIVESTOCK.has(owner.norm);
}

const LIVESTOCK = new Set(['cattle', 'livestock', 'sheep', 'goats', 'cows', 'camels', 'donkeys', 'oxen', 'horses']);

function anaphoricPerson(tokens: readonly Token[], i: number): CountedPhrase | null {
  const word = tokens[i]!.norm;
  const count = ANAPHORIC.get(word);
  if (count === undefined) return null;
  let to = i + 1;
  if (word === 'the' || word === 'both') {
    if (word === 'both' && tokens[to]?.norm === 'of') to += 1;
    if (word === 'both' && tokens[to]?.norm === 'the') to += 1;
    // "the man", "the armed suspect", "both CV members", "the head of the defence group"
    if (isPerson(tokens[to])) to += 1;
    else if (isPerson(tokens[to + 1])) to += 2;
    else if (headOf(tokens, to)) to = findPassive(tokens, to + 2) ?? to + 1;
    else return null;
  } else if (!PERSON_PRONOUNS.has(word)) {
    return null;
  }
  const group: VictimGroup = /^(?:boy|girl|child)$/.test(tokens[to - 1]!.norm) ? 'children' : 'people';
  return {
    from: i, to, span: { start: tokens[i]!.start, end: tokens[to - 1]!.end },
    figure: { low: count, best: count, high: count, qualifier: null }, group, modifier: null, additional: false,
    anaphoric: true,
  };
}

/** Reads every counted phrase in a sentence's tokens, left to right, without overlaps. */
export function findCountedPhrases(tokens: readonly Token[]): CountedPhrase[] {
  const found: CountedPhrase[] = [];
  let i = 0;
  while (i < tokens.length) {
    const word = tokens[i]!.norm;
    const again = anaphoricPerson(tokens, i);
    if (again) {
      found.push(again);
      i = again.to;
      continue;
    }
    const read = readNumber(tokens, i);
    // "an estimated 40,000" and "a dozen" are numbers; "a woman", "another armed man" count one.
    const singular = SINGULAR.has(word) && readNumber(tokens, i + 1) === null && (!read || read.to - read.from === 1);
    const number = singular ? { figure: { low: 1, best: 1, high: 1, qualifier: null }, from: i, to: i + 1 } : read;
    if (!number || isDateNumber(tokens, number.to - 1, number.to)) {
      i += 1;
      continue;
    }
    const article = singular || (number.to - number.from === 1 && (word === 'a' || word === 'an'));
    let group: VictimGroup | null = null;
    let end = number.to;
    let modifier: string | null = null;
    // The victim noun may follow a few modifiers: "more than 100 regime troops", "two Turkish soldiers".
    for (let k = number.to; k <= number.to + (article ? 4 : MAX_MODIFIER) && k < tokens.length; k += 1) {
      if (k > number.to && MODIFIER_STOP.has(tokens[k - 1]!.norm)) break;
      const noun = VICTIM_GROUPS.matchAt(tokens, k, 4);
      if (noun) {
        group = GROUP_OF[noun.value] ?? 'people';
        end = k + noun.tokenCount;
        if (k > number.to) modifier = tokens.slice(number.to, k).map((t) => t.raw).join(' ');
        break;
      }
    }
    if (article && !group) {
      // "a former FARC member was killed": one person, whatever the noun, when a passive verb follows.
      // "killed an off-duty police constable": likewise after an active verb.
      const activeObject = OUTCOME_BEFORE.has(tokens[i - 1]?.norm ?? '');
      // "killing one", "killing one and injuring the other": the count stands for a person by itself.
      const alone = activeObject && word === 'one' && (tokens[number.to] === undefined || ONE_ALONE_BEFORE.has(tokens[number.to]!.norm));
      const was = alone ? number.to : activeObject ? number.to + 1 : findPassive(tokens, number.to);
      if (was === null || was > tokens.length) {
        i += 1;
        continue;
      }
      end = was;
    }
    const previous = tokens[number.from - 1]?.norm ?? '';
    found.push({
      from: number.from,
      to: end,
      span: { start: tokens[number.from]!.start, end: tokens[end - 1]!.end },
      figure: number.figure,
      group,
      modifier,
      additional: (ADDITIONAL.has(previous) && previous !== 'more') || word === 'another',
    });
    i = end;
  }
  return found;
}
