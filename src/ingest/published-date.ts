/**
 * Checks a publication date as found in a header, a JSONL field, an HTML meta tag or `--published`.
 * A timestamp keeps its calendar date as written (the date the outlet printed), with no time-zone shift.
 */
export type PublishedDate =
  | { readonly ok: true; readonly value: string | null }
  | { readonly ok: false; readonly message: string };

// Anchored with a bounded tail: linear on any input.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.,+\-Z ]{0,40})?$/;
// Dates outside this range are typos in this domain, not reports.
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** `field` names where the value came from, so that the message can point at it. */
export function parsePublished(value: unknown, field: string): PublishedDate {
  if (value === undefined || value === null) return { ok: true, value: null };
  if (typeof value !== 'string') return { ok: false, message: `${field}: expected a date string YYYY-MM-DD, got ${typeof value}` };
  const trimmed = value.trim();
  if (trimmed === '') return { ok: true, value: null };
  const shown = JSON.stringify(trimmed.length > 60 ? `${trimmed.slice(0, 60)}…` : trimmed);
  const m = ISO.exec(trimmed);
  if (m === null) return { ok: false, message: `${field}: ${shown} is not a date in the form YYYY-MM-DD` };
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return { ok: false, message: `${field}: ${shown} has an implausible year (expected ${MIN_YEAR}-${MAX_YEAR})` };
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, message: `${field}: ${shown} is not a real calendar date` };
  }
  return { ok: true, value: `${m[1]}-${m[2]}-${m[3]}` };
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (UTC avoids local-time surprises).
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
