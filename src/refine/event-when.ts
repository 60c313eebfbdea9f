import type { DateMention, Mention, TimePrecision } from '../core/mention.ts';
import { mentionsOf, type EventDraft } from './event-draft.ts';

export interface EventWhen {
  readonly start: string | null;
  readonly end: string | null;
  readonly precision: TimePrecision | null;
  readonly evidence: DateMention | null;
  /** Why the date is not read from the event's own words, when it is not. */
  readonly implied: string | null;
}

/** "August 10, 2018 - Dozens of children were killed": the date the story was filed, not of the event. */
function isDateline(text: string, d: DateMention): boolean {
  return /^\s*[-–—]\s/.test(text.slice(d.span.end, d.span.end + 4));
}

/** "officials said Monday": when the report was given, not when the event happened. */
function isReportingDate(text: string, d: DateMention): boolean {
  return /\b(?:said|says|told [\w ]{1,20}|reported|announced|stated|confirmed|added)(?: on)? $/i.test(text.slice(Math.max(0, d.span.start - 32), d.span.start));
}

/** Whether a date mention can date an event (it is neither a dateline nor the day a statement was given). */
export function isEventDate(text: string, d: DateMention): boolean {
  return !isDateline(text, d) && !isReportingDate(text, d) && !isStandaloneLine(text, d);
}

/** "01 November, 2021" alone on a line: the page's date, not an event's. Looks only a few characters around. */
function isStandaloneLine(text: string, d: DateMention): boolean {
  const before = text.slice(Math.max(0, d.span.start - STANDALONE_SLACK), d.span.start);
  const after = text.slice(d.span.end, d.span.end + STANDALONE_SLACK);
  const lead = before.slice(before.lastIndexOf('\n') + 1);
  const newline = after.indexOf('\n');
  const trail = newline < 0 ? after : after.slice(0, newline);
  const startsLine = before.includes('\n') || d.span.start - before.length === 0;
  const endsLine = newline >= 0 || d.span.end + after.length === text.length;
  return startsLine && endsLine && /^[\s,.]*$/.test(lead + trail);
}

const STANDALONE_SLACK = 8;
const SINCE_FRAMES_DAYS = 31;

function spanDays(d: DateMention): number {
  return (Date.parse(d.end) - Date.parse(d.start)) / 86_400_000 + 1;
}

/**
 * The event's dates: its own date words first ("since Wednesday" runs to the last day the event names, else to
 * the publication date), then a date carried from its paragraph, then the publication date.
 */
export function eventWhen(draft: EventDraft, published: string | null, text: string): EventWhen {
  const dates = mentionsOf(draft.mentions as Mention[], 'date').filter((d) => isEventDate(text, d));
  const points = dates.filter((d) => !d.since);
  // "On 10 January, 6 protesters marched; such marches have been held monthly since March 2019": an incident's
  // own day wins over a long period told as background. "Since Wednesday" still frames a battle.
  const since = dates.find((d) => d.since && (draft.kind === 'aggregate' || points.length === 0 || spanDays(d) <= SINCE_FRAMES_DAYS));
  if (since) {
    const within = points.filter((d) => d.precision === 1 && d.start >= since.start && d.end <= since.end);
    const end = within.length > 0 ? within.reduce((a, b) => (a.end > b.end ? a : b)).end : since.end;
    return { start: since.start, end, precision: draft.kind === 'aggregate' ? 3 : 2, evidence: since, implied: since.implied };
  }
  const first = points[0];
  if (first) return { start: first.start, end: first.end, precision: first.precision, evidence: first, implied: first.implied };
  if (draft.contextDate) {
    const d = draft.contextDate.date;
    return { start: d.start, end: d.end, precision: d.precision, evidence: d, implied: draft.contextDate.reason };
  }
  if (published) {
    return { start: published, end: published, precision: 1, evidence: null, implied: 'date/from-publication: the report gives no date' };
  }
  return { start: null, end: null, precision: null, evidence: null, implied: null };
}
