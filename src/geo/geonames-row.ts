import type { GazetteerPlace } from './gazetteer.ts';

/** One GeoNames line with the names to index: its name, ASCII name and usable alternate names. */
export interface GeonamesRow {
  readonly place: GazetteerPlace;
  readonly names: readonly string[];
}

// Alternate names in other scripts, codes ("QSW", "LTK") and lower-case Arabic consonant transcriptions
// ("tl tmr") would only add false matches.
const NON_LATIN = /[^\p{Script=Latin}\p{M}\p{Zs}\p{P}]/u;
const DIGIT = /\p{N}/u;
const UPPER = /\p{Lu}/u;

export function isUsableAlternate(name: string): boolean {
  if (name.length < 3 || name.length > 60) return false;
  const ascii = asciiVerdict(name);
  if (ascii === REJECTED) return false;
  if (ascii === NOT_ASCII && (NON_LATIN.test(name) || DIGIT.test(name) || !UPPER.test(name))) return false;
  if (name.length <= 4 && name === name.toUpperCase()) return false;
  return true;
}

const REJECTED = 0;
const ACCEPTED = 1;
const NOT_ASCII = 2;
// Printable ASCII outside letters, digits, space and punctuation: the symbols the Unicode test rejects.
const ASCII_SYMBOLS = new Uint8Array(128);
for (const c of '$+<=>^`|~') ASCII_SYMBOLS[c.charCodeAt(0)] = 1;

/**
 * The Unicode tests above for a name in printable ASCII, the common case, in one pass without regular
 * expressions: no digit, no symbol, at least one capital. NOT_ASCII sends other names to the tests.
 */
function asciiVerdict(name: string): number {
  let upper = false;
  for (let i = 0; i < name.length; i += 1) {
    const c = name.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return c < 0x20 || c === 0x7f ? REJECTED : NOT_ASCII;
    if ((c >= 48 && c <= 57) || ASCII_SYMBOLS[c] === 1) return REJECTED;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper ? ACCEPTED : REJECTED;
}

// Arabic-script alternates, which only the country dumps keep (as names of their own, not for the key rules).
const ARABIC = /[\u0600-\u06FF]/;

/**
 * Parses one tab-separated line of a GeoNames cities file; null for lines that are not places. `arabic`,
 * when given, receives the alternate names with Arabic script in them, in the order they come, from the
 * same pass over the alternates.
 */
export function parseGeonamesLine(line: string, source: string, fields?: readonly string[], arabic?: string[]): GeonamesRow | null {
  const f = fields ?? line.split('\t');
  if (f.length < 15) return null;
  const latitude = Number(f[4]);
  const longitude = Number(f[5]);
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  const name = f[1]!;
  // A row has a few names: a list searched in place costs less than a Set per row.
  const names = f[2] === name ? [name] : [name, f[2]!];
  const alternates = f[3]!;
  if (alternates.length > 0) {
    for (const alternate of alternates.split(',')) {
      if (isUsableAlternate(alternate) && !names.includes(alternate)) names.push(alternate);
      if (arabic && ARABIC.test(alternate)) arabic.push(alternate);
    }
  }
  return {
    place: {
      id: `geonames:${f[0]}`,
      name,
      latitude,
      longitude,
      countryCode: f[8]!,
      feature: f[7]! || 'PPL',
      admin1Code: f[10] || null,
      admin2Code: f[11] || null,
      population: Number(f[14]) || 0,
      source,
    },
    names,
  };
}
