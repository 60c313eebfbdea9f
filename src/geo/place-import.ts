import type { AdminUnit } from './gazetteer.ts';
import type { MemoryPlace } from './memory-gazetteer.ts';

/** A line of an import file that could not be read; the other lines are still imported. */
export interface ImportProblem {
  readonly line: number;
  readonly message: string;
}

/** What one import file adds to the data directory's gazetteer. */
export interface PlaceImport {
  readonly places: readonly MemoryPlace[];
  /** Provinces (under the embedded directory's codes, so both gazetteers agree) and districts ("<admin1>.<admin2>"). */
  readonly admins: readonly AdminUnit[];
  readonly problems: readonly ImportProblem[];
}

/**
 * Says which embedded province code a province named in an import has: OCHA writes "SY07" and "Idleb",
 * GeoNames and the rest of sitrep "SY.12". Null when no province of the country has any of the names.
 */
export type Admin1Codes = (countryCode: string, names: readonly string[]) => string | null;

const plainEdge = (c: number): boolean => c > 32 && c < 127;

/** Tabs and line breaks would break the index's lines; a name never needs them. */
export function cleanName(value: string | undefined): string {
  const text = value ?? '';
  // Most names are clean already: one scan, no new string.
  let clean = text.length === 0 || (plainEdge(text.charCodeAt(0)) && plainEdge(text.charCodeAt(text.length - 1)));
  for (let i = 0; i < text.length && clean; i += 1) {
    const c = text.charCodeAt(i);
    clean = c !== 9 && c !== 10 && c !== 13;
  }
  return clean ? text : text.replace(/[\t\r\n]+/g, ' ').trim();
}

/** Reads a coordinate; null when it is missing, not a number or out of range. */
export function coordinate(value: string | undefined, limit: 90 | 180): number | null {
  const text = (value ?? '').trim();
  if (text === '') return null;
  const n = Number(text);
  return Number.isFinite(n) && Math.abs(n) <= limit ? n : null;
}
