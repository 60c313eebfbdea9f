/**
 * Regex source pieces shared by the parsers. Every quantifier between tokens is bounded so that no pattern
 * can backtrack over a long run of spaces or digits: matching stays linear on hostile input.
 */
export const GAP = '\\s{1,3}';
/** A day of the month, not glued to other digits, decimals, times or other dates. */
export const DAY = '(?<![\\d.,:/-])(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)';
/** A four-digit year, not the start of a longer number. */
export const YEAR = '(\\d{4})(?![\\d.,:]\\d|\\d)';
/** Joins the two ends of a range: "3-5", "3 to 5", "3 and 5", "3 until 5". */
export const RANGE_JOIN = '(?:\\s{0,2}[-–—]\\s{0,2}|\\s{1,3}(?:to|and|until|till|through|-)\\s{1,3})';
/**
 * Not followed by a letter: "Mar" must not match "Marib". A name glued to more letters by an apostrophe is a word
 * ("Mar'anaz"), though a possessive ("May's") is still the month.
 */
export const WORD_END = "(?![A-Za-z]|['’][A-Za-z]{2})";

const NEXT_WORD = /^\s{1,3}([\p{L}]+)/u;

/** The word right after `index`, or null; looks at a bounded slice so callers stay linear. */
export function wordAfter(text: string, index: number): string | null {
  return NEXT_WORD.exec(text.slice(index, index + 40))?.[1] ?? null;
}

const PREVIOUS_WORD = /([\p{L}]+)\s{1,3}$/u;

/** The word right before `index`, or null. */
export function wordBefore(text: string, index: number): string | null {
  return PREVIOUS_WORD.exec(text.slice(Math.max(0, index - 40), index))?.[1] ?? null;
}
