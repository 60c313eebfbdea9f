import type { DateMention } from '../core/mention.ts';

/** Explicit dates far apart in a long text cost little; past this many characters the scan stops. */
const SCAN_LIMIT = 200_000;

/**
 * A report with no publication date was written on or after the latest full date it states ("Photo: 27 February
 * 2020"). That date stands in as the reference for weekdays and "yesterday", and the reading says so.
 */
export function inferReferenceDate(text: string, findDates: (text: string) => readonly DateMention[]): string | null {
  let latest: string | null = null;
  for (const d of findDates(text.slice(0, SCAN_LIMIT))) {
    if (d.implied !== null || d.precision !== 1 || d.since) continue;
    if (latest === null || d.end > latest) latest = d.end;
  }
  return latest;
}
