import type { DateMention } from '../../core/mention.ts';
import type { Extractor } from '../../core/pipeline.ts';
import { ago } from './ago.ts';
import { calendarPeriod } from './calendar-period.ts';
import { formatDay } from './calendar.ts';
import type { DateCandidate, DateParser, DateRefiner, Reference } from './candidate.ts';
import { dayMonth } from './day-month.ts';
import { dayRange } from './day-range.ts';
import { deicticDay } from './deictic-day.ts';
import { dropOverlaps } from './drop-overlaps.ts';
import { markSince } from './mark-since.ts';
import { mergeRanges } from './merge-ranges.ts';
import { monthDayRange } from './month-day-range.ts';
import { monthDay } from './month-day.ts';
import { monthPart } from './month-part.ts';
import { monthYear } from './month-year.ts';
import { numericDate } from './numeric-date.ts';
import { pastPeriod } from './past-period.ts';
import { makeReference } from './reference.ts';
import { weekday } from './weekday.ts';
import { year } from './year.ts';

/**
 * Every date parser. Order is precedence when two readings cover exactly the same text; otherwise the
 * longer reading wins (see drop-overlaps), so ranges and full dates beat their parts.
 */
export const DATE_PARSERS: readonly DateParser[] = [
  numericDate,
  dayRange,
  monthDayRange,
  dayMonth,
  monthDay,
  monthPart,
  monthYear,
  year,
  weekday,
  deicticDay,
  ago,
  calendarPeriod,
  pastPeriod,
];

export const DATE_REFINERS: readonly DateRefiner[] = [
  dropOverlaps, // first: later refiners look at neighbours and must see one reading per stretch of text
  mergeRanges, // before since: "since 3 March to 5 April" is not a thing, "from X to Y" is
  markSince,
];

/** All candidates a text yields, after refinement; offsets relative to `text`. Tests pass one parser. */
export function readDates(
  text: string,
  ref: Reference,
  parsers: readonly DateParser[] = DATE_PARSERS,
): readonly DateCandidate[] {
  const candidates: DateCandidate[] = [];
  // Parsers share cue objects (all month parsers use one), so each distinct cue is tested once per text.
  const cuesTested: RegExp[] = [];
  const cuesFound: boolean[] = [];
  for (const parser of parsers) {
    const known = cuesTested.indexOf(parser.cue);
    const present = known >= 0 ? cuesFound[known] : parser.cue.test(text);
    if (known < 0) {
      cuesTested.push(parser.cue);
      cuesFound.push(present === true);
    }
    if (present !== true) continue;
    // exec with a reset lastIndex rather than matchAll: matchAll clones the regex on every call, which
    // cost a third of the run time. Safe because extraction is synchronous.
    const pattern = parser.pattern;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      if (match[0].length === 0) pattern.lastIndex += 1;
      const found = parser.read(match, ref, text);
      if (found === null) continue;
      const end = match.index + (found.length ?? match[0].length);
      candidates.push({ ...found, start: match.index, end, since: false, parser: parser.name });
    }
  }
  if (candidates.length === 0) return candidates;
  let refined: readonly DateCandidate[] = candidates;
  for (const refiner of DATE_REFINERS) refined = refiner.refine(refined, text, ref);
  return refined;
}

export function toMention(candidate: DateCandidate, base: number): DateMention {
  return {
    kind: 'date',
    span: { start: base + candidate.start, end: base + candidate.end },
    start: formatDay(candidate.from),
    end: formatDay(candidate.to),
    precision: candidate.precision,
    since: candidate.since,
    implied: candidate.implied,
    ...(candidate.doubt === undefined ? {} : { doubt: candidate.doubt }),
  };
}

/**
 * Date mentions in `text`, which starts at document offset `base`, read against `published`
 * ('YYYY-MM-DD' or null: then only dates the text states in full are returned).
 */
export function findDates(text: string, base: number, published: string | null, yearOnly = false): DateMention[] {
  return readDates(text, makeReference(published, yearOnly)).map((candidate) => toMention(candidate, base));
}

export const dates: Extractor = {
  name: 'dates',
  extract(ctx, sentence) {
    const mentions = findDates(sentence.text, sentence.span.start, ctx.doc.published, ctx.referenceYearOnly ?? false);
    ctx.trace.note('dates', () =>
      mentions.map((m) => `"${sentence.text.slice(m.span.start - sentence.span.start, m.span.end - sentence.span.start)}" -> ${m.start}..${m.end} p${m.precision}${m.implied === null ? '' : ` (${m.implied})`}`).join('; ') || 'none',
    );
    return mentions;
  },
};
