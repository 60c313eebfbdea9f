/**
 * Words the date parsers match on, kept as data. Month and weekday names are matched capitalised only:
 * that is what keeps "may have", "a march on the capital" and "sunday best" out.
 */
export const MONTHS: Readonly<Record<string, number>> = {
  January: 1, Jan: 1, February: 2, Feb: 2, March: 3, Mar: 3, April: 4, Apr: 4, May: 5, June: 6, Jun: 6,
  July: 7, Jul: 7, August: 8, Aug: 8, September: 9, Sept: 9, Sep: 9, October: 10, Oct: 10,
  November: 11, Nov: 11, December: 12, Dec: 12,
};

export const WEEKDAYS: Readonly<Record<string, number>> = {
  Monday: 0, Tuesday: 1, Wednesday: 2, Thursday: 3, Friday: 4, Saturday: 5, Sunday: 6,
};

/** Small counts in relative phrases ("two weeks ago", "a month ago"). */
export const COUNT_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, 'forty-eight': 48, 'seventy-two': 72,
};

/** Words that, following "June 20" or "20 June", make it part of a name rather than a date. */
export const NAME_HEADS: ReadonlySet<string> = new Set([
  'Movement', 'Brigade', 'Brigades', 'Battalion', 'Martyrs', 'Revolution', 'Square', 'Street', 'Front',
  'Group', 'Coalition', 'Uprising', 'Bridge', 'Stadium', 'University', 'Hospital', 'Agreement', 'Accord',
]);

// Longest names first so that the regex alternation never stops at a prefix ("Sep" inside "September").
const byLength = (names: readonly string[]): string => [...names].sort((a, b) => b.length - a.length).join('|');

const FULL_MONTHS = Object.keys(MONTHS).filter((name) => name.length > 4 || name === 'June' || name === 'July');
const SHORT_MONTHS = Object.keys(MONTHS).filter((name) => !FULL_MONTHS.includes(name));

/** Regex source matching a month name; only abbreviations may carry a full stop ("Feb.", not "March."). */
export const MONTH_SOURCE = `(?:${byLength(FULL_MONTHS)}|May|(?:${byLength(SHORT_MONTHS.filter((n) => n !== 'May'))})\\.?)`;
export const WEEKDAY_SOURCE = `(?:${byLength(Object.keys(WEEKDAYS))})`;
export const COUNT_SOURCE = `(?:\\d{1,3}|${byLength(Object.keys(COUNT_WORDS))})`;

/** Cheap test that a text may hold a month name: the month parsers share it, so it runs once per text. */
export const MONTH_CUE = /Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec/;

export function monthNumber(name: string): number | null {
  return MONTHS[name.replace(/\.$/, '')] ?? null;
}

export function weekdayNumber(name: string): number | null {
  return WEEKDAYS[name] ?? null;
}

export function countOf(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return COUNT_WORDS[word.toLowerCase()] ?? null;
}
