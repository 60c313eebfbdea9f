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
  if (NON_LATIN.test(name) || DIGIT.test(name) || !UPPER.test(name)) return false;
  if (name.length <= 4 && name === name.toUpperCase()) return false;
  return true;
}

/** Parses one tab-separated line of a GeoNames cities file; null for lines that are not places. */
export function parseGeonamesLine(line: string, source: string): GeonamesRow | null {
  const f = line.split('\t');
  if (f.length < 15) return null;
  const latitude = Number(f[4]);
  const longitude = Number(f[5]);
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  const name = f[1]!;
  const names = new Set<string>([name, f[2]!]);
  for (const alternate of f[3]!.split(',')) if (isUsableAlternate(alternate)) names.add(alternate);
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
    names: [...names],
  };
}
