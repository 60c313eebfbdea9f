import rules from './spelling-variants.json' with { type: 'json' };

/**
 * Respellings of a name with one transliterated letter written another way: "Menagh" is also "Menaq", "Kafr
 * Mouss" also "Kafr Muss". The normalised key forgives vowels, articles and endings, and the consonant skeleton
 * groups names by their consonants, so a name whose consonant is written otherwise is never compared with the
 * gazetteer's spelling; a respelling lets it be.
 */
const PAIRS: readonly (readonly [string, string])[] = rules.pairs.flatMap(([a, b]) => [[a!, b!], [b!, a!]] as const);
// A long name has many letters to swap; past this many respellings the look-ups cost more than they find.
const MAX_VARIANTS = 24;
// "kh", "gh", "ch", "th", "dh", "sh" are one letter each: their first letter is not swapped alone.
const DIGRAPH_FIRST = new Set(['k', 'g', 'c', 't', 'd', 's']);

function isPartOfDigraph(lower: string, at: number, from: string): boolean {
  if (from.length !== 1) return false;
  if (DIGRAPH_FIRST.has(from) && lower[at + 1] === 'h') return true;
  // The u of "ou" is the French spelling's, swapped as a whole.
  return from === 'u' && lower[at - 1] === 'o';
}

export function spellingVariants(name: string): string[] {
  const lower = name.toLowerCase();
  const out = new Set<string>();
  for (const [from, to] of PAIRS) {
    for (let at = lower.indexOf(from); at >= 0 && out.size < MAX_VARIANTS; at = lower.indexOf(from, at + 1)) {
      if (!isPartOfDigraph(lower, at, from)) out.add(`${lower.slice(0, at)}${to}${lower.slice(at + from.length)}`);
    }
  }
  out.delete(lower);
  return [...out];
}
