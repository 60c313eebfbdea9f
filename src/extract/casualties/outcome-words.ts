import type { Outcome } from '../../core/mention.ts';

/** Words that, after a counted noun phrase, say what happened to it ("21 civilians were killed"). */
export const OUTCOME_AFTER: ReadonlyMap<string, Outcome> = new Map([
  ['killed', 'killed'], ['dead', 'killed'], ['died', 'killed'], ['die', 'killed'], ['slain', 'killed'],
  ['martyred', 'killed'], ['perished', 'killed'], ['murdered', 'killed'], ['executed', 'killed'],
  ['beheaded', 'killed'], ['massacred', 'killed'], ['lost', 'killed'], ['deaths', 'killed'], ['fatalities', 'killed'], ['fatality', 'killed'],
  ['suffocated', 'killed'], ['succumbed', 'killed'], ['drowned', 'killed'], ['burned', 'killed'], ['lynched', 'killed'],
  ['wounded', 'wounded'], ['injured', 'wounded'], ['hurt', 'wounded'], ['injuries', 'wounded'], ['wounds', 'wounded'],
  ['injures', 'wounded'], ['displaced', 'displaced'], ['fled', 'displaced'], ['flee', 'displaced'], ['fleeing', 'displaced'],
  ['uprooted', 'displaced'], ['evacuated', 'displaced'], ['homeless', 'displaced'], ['missing', 'missing'],
  ['abducted', 'abducted'], ['kidnapped', 'abducted'], ['arrested', 'arrested'], ['detained', 'arrested'],
]);

/** Verbs and nouns that, before a counted noun phrase, say what happened to it ("killing 13 people"). */
export const OUTCOME_BEFORE: ReadonlyMap<string, Outcome> = new Map([
  ['killing', 'killed'], ['killed', 'killed'], ['dead', 'killed'], ['kill', 'killed'], ['kills', 'killed'], ['claimed', 'killed'],
  ['claiming', 'killed'], ['death', 'killed'], ['deaths', 'killed'], ['toll', 'killed'], ['martyrdom', 'killed'],
  ['murdering', 'killed'], ['executing', 'killed'], ['massacring', 'killed'],
  ['wounding', 'wounded'], ['wounded', 'wounded'], ['injuring', 'wounded'], ['injured', 'wounded'], ['injury', 'wounded'],
  ['injuries', 'wounded'], ['wound', 'wounded'], ['injure', 'wounded'], ['hurting', 'wounded'],
  ['displacing', 'displaced'], ['displaced', 'displaced'], ['displacement', 'displaced'], ['uprooting', 'displaced'],
  ['abducting', 'abducted'], ['abducted', 'abducted'], ['kidnapping', 'abducted'], ['kidnapped', 'abducted'],
  ['arresting', 'arrested'], ['arrested', 'arrested'], ['detaining', 'arrested'], ['detained', 'arrested'],
]);

/** Words allowed between a counted phrase and its outcome word. */
export const LINKING = new Set([
  'were', 'was', 'have', 'has', 'had', 'been', 'being', 'be', 'are', 'is', 'reportedly', 'also', 'all', 'later',
  'allegedly', 'reported', 'confirmed', 'believed', 'feared', 'said', 'to', 'both', 'subsequently', 'since', 'so',
  'far', 'now', 'already', 'who', 'that', 'got', 'seriously', 'critically', 'severely', 'slightly', 'lightly',
  'fatally', 'mortally', 'shot', 'gunned', 'down', 'either', 'or', 'and', 'in', 'the', 'attack', 'strike', 'blast', 'at', 'least', 'more',
  'people', 'others', 'were', 'been', 'left', 'found', 'wounded', 'injured', 'killed', 'their', 'lives', 'his',
  'her', 'life', 'homes', 'home', 'from', 'by',
]);

/** Words that open a breakdown of a total given just before ("including 9 children"). */
export const BREAKDOWN_CUES = new Set(['including', 'includes', 'include', 'among', 'incl']);
