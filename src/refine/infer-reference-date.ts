import type { DateMention } from '../core/mention.ts';

/** Explicit dates far apart in a long text cost little; past this many characters the scan stops. */
const SCAN_LIMIT = 200_000;

/**
 * A report with no publication date was written on or after the latest full date it states ("Photo: 27 February
 * 2020"), else on or after the end of the latest month or year it names. That date stands in as the reference for weekdays and "yesterday", and the reading says so.
 */
export interface InferredReference {
  readonly date: string;
  /** Inferred from a month, not a day: good for years, not for counting days. */
  readonly yearOnly: boolean;
}

export function inferReferenceDate(text: string, findDates: (text: string) => readonly DateMention[]): InferredReference | null {
  let latest: string | null = null;
  let latestMonth: string | null = null;
  for (const d of findDates(text.slice(0, SCAN_LIMIT))) {
    if (d.implied !== null || d.since) continue;
    if (d.precision === 1 && (latest === null || d.end > latest)) latest = d.end;
    if (d.precision !== 1 && (latestMonth === null || d.end > latestMonth)) latestMonth = d.end;
  }
  // A timeline page that names only months and bare days ("May 2019", "4 May") still fixes the year.
  if (latest !== null) return { date: latest, yearOnly: false };
  return latestMonth === null ? null : { date: latestMonth, yearOnly: true };
}
