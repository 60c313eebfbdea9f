import type { DateMention, Mention, PlaceMention } from '../core/mention.ts';
import type { Sentence } from '../core/pipeline.ts';
import { mentionsOf } from './event-draft.ts';

// Cues in a sentence's words that the grouping of sentences into events reads: tallies, dated headings, units.

/** Words that make a tally cumulative rather than one incident. */
const AGGREGATE_CUES = /\b(?:so far|to date|in total|in all|overall|cumulative|since the (?:start|beginning|outbreak)|this year|since \d{4})\b/i;
/** "one of the deadliest strikes so far" ranks one incident; it is not a running total. */
const RANKED = /\b(?:deadliest|worst|bloodiest|largest|biggest|heaviest|highest|fiercest|most \w+|single)\b[^,;.]{0,60}$/i;

/** "40 civilians killed so far this year" is a tally; "the deadliest strike so far" is not. */
export function tallyCue(text: string): boolean {
  const cue = AGGREGATE_CUES.exec(text);
  return cue !== null && !RANKED.test(text.slice(Math.max(0, cue.index - 80), cue.index));
}

const DAY_MS = 86_400_000;
const STATED_RANGE = /\b(?:from|between|through|until)\b|[–—-]/i;
const MIN_PERIOD_DAYS = 4;

/** "From 8 to 16 May, attacks killed 56 civilians": figures over a stated period of days are a tally. */
export function periodCue(text: string, base: number, date: DateMention | null): boolean {
  if (!date || date.since) return false;
  const days = (Date.parse(date.end) - Date.parse(date.start)) / DAY_MS + 1;
  return days >= MIN_PERIOD_DAYS && days <= 366 && STATED_RANGE.test(text.slice(date.span.start - base, date.span.end - base));
}

/** The sentences that are dated headings, by index; none unless there are at least two. */
export function datedHeadings(sentences: readonly Sentence[], mentions: readonly (readonly Mention[])[]): Map<number, DateMention> {
  const found = new Map<number, DateMention>();
  for (const sentence of sentences) {
    const heading = datedHeading(sentence, mentions[sentence.index] ?? []);
    if (heading) found.set(sentence.index, heading);
  }
  return found.size >= 2 ? found : new Map();
}

/** A day alone on its line, give or take punctuation and a weekday: the heading of what follows. */
function datedHeading(sentence: Sentence, found: readonly Mention[]): DateMention | null {
  const base = sentence.span.start;
  for (const d of mentionsOf(found as Mention[], 'date')) {
    if (d.precision !== 1 || d.since) continue;
    const rest = sentence.text.slice(0, d.span.start - base) + sentence.text.slice(d.span.end - base);
    if (HEADING_REST.test(rest)) return d;
  }
  return null;
}

const HEADING_REST = /^[\s\[\]().,:;–—-]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day[\s\[\]().,:;–—-]*)?$/i;

/** "Kanbalu Township", "Abu Kamal district": a unit that holds towns, whatever the gazetteer matched it to. */
export function isUnitName(text: string, place: PlaceMention): boolean {
  const name = text.slice(place.span.start, place.span.end);
  return /\b(?:township|district|county|municipality|province|governorate|prefecture|woreda|sub-?district|region)\b/i.test(name);
}

/** "FILE - In this Feb. 8, 2019, file photo, …": a photo caption, whose paragraph is no part of the news. */
const CAPTION = /^FILE\s*[-–—:]|^\(?(?:AP|AFP|Reuters) Photo\b|\bfile (?:photo|picture|image)\b/i;

/** The paragraphs that open with a photo caption. */
export function captionParagraphs(sentences: readonly Sentence[]): Set<number> {
  const found = new Set<number>();
  let paragraph = -1;
  for (const sentence of sentences) {
    if (sentence.paragraph === paragraph) continue;
    paragraph = sentence.paragraph;
    if (CAPTION.test(sentence.text)) found.add(paragraph);
  }
  return found;
}
