import type { Token } from '../../text/tokens.ts';
import type { CountedPhrase } from './counted-phrases.ts';

/**
 * What follows a number that no victim noun of the lexicon claimed. "killed 25 heads of cattle" names something
 * other than people; "killing 15 labourers" names people the lexicon does not list (the object of a killing is
 * almost always a person, so a plural noun there is people unless it is one of the things below); "killed 12 and
 * wounded 30" names nothing at all.
 */
export type NounAfterNumber = { readonly kind: 'bare' } | { readonly kind: 'other' } | { readonly kind: 'people'; readonly to: number };

const AFTER_BARE_NUMBER = new Set([
  'and', 'in', 'on', 'at', 'near', 'during', 'others', 'more', 'while', 'when', 'after', 'as', 'including',
  'with', 'were', 'was', 'have', 'has', 'had', 'are', 'dead', 'killed', 'wounded', 'injured', 'died', 'people',
  'from', 'by', 'since', 'so', 'to', 'among', 'fled', 'displaced', 'across', 'last', 'this', 'fatality', 'fatalities',
  'deaths', 'casualties',
]);

/** Plural nouns that are not people, the ones that follow a count near a casualty word in reports. */
const NOT_PEOPLE = new Set([
  'animals', 'cattle', 'cows', 'sheep', 'goats', 'camels', 'donkeys', 'horses', 'dogs', 'chickens', 'livestock', 'heads',
  'head', 'birds', 'houses', 'homes', 'buildings', 'shops', 'vehicles', 'cars', 'trucks', 'tanks', 'rockets', 'shells',
  'missiles', 'bombs', 'drones', 'rounds', 'times', 'bullets', 'mortars', 'strikes', 'airstrikes', 'raids', 'attacks',
  'incidents', 'cases', 'villages', 'towns', 'districts', 'provinces', 'positions', 'checkpoints', 'posts', 'bases',
  'hectares', 'acres', 'fields', 'farms', 'crops', 'wells', 'schools', 'hospitals', 'mosques', 'churches', 'bridges',
  'roads', 'boats', 'ships', 'aircraft', 'planes', 'helicopters', 'weapons', 'guns', 'rifles', 'explosions', 'blasts',
  'others', 'percent', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'hours', 'days', 'weeks', 'months', 'years',
]);

/** A lower-case plural noun standing right after the number: "labourers", "loggers", "herders". */
function pluralNoun(token: Token | undefined): boolean {
  if (!token || token.raw !== token.norm) return false;
  return /^[a-z]{4,}s$/.test(token.norm) && !token.norm.endsWith('ss') && !NOT_PEOPLE.has(token.norm) && !AFTER_BARE_NUMBER.has(token.norm);
}

export function nounAfterNumber(tokens: readonly Token[], text: string, base: number, phrase: CountedPhrase): NounAfterNumber {
  const next = tokens[phrase.to];
  if (!next) return { kind: 'bare' };
  // "a dozen of their livestock" is not people; "12 of them", "3 of the victims" are.
  if (next.norm === 'of') {
    const after = tokens.slice(phrase.to + 1, phrase.to + 4).map((t) => t.norm);
    const people = after.some((w) => w === 'them' || w === 'whom' || w === 'victims' || w === 'dead' || w === 'injured' || w === 'wounded');
    return people ? { kind: 'bare' } : { kind: 'other' };
  }
  const between = text.slice(phrase.span.end - base, next.start - base);
  if (/[,.;:()]/.test(between)) return { kind: 'bare' };
  if (AFTER_BARE_NUMBER.has(next.norm)) return { kind: 'bare' };
  return pluralNoun(next) ? { kind: 'people', to: phrase.to + 1 } : { kind: 'other' };
}
