import type { DateMention, Mention, PlaceMention } from '../core/mention.ts';
import type { Sentence } from '../core/pipeline.ts';
import { mentionsOf, type EventDraft } from './event-draft.ts';
import { isEventDate } from './event-when.ts';
import { sentenceAt } from '../text/sentence-at.ts';
import { foldNamedAttacks, namedAttackPlace } from './named-attack.ts';
import { captionParagraphs, datedHeadings, isUnitName, periodCue, tallyCue } from './sentence-cues.ts';
import { foldTollUpdates } from './toll-update.ts';

/** Cross-references and page furniture, not reports of anything: "See Syria Daily, June 20: ...". */
const FURNITURE = /^(?:see|read more|related|jump to|click|watch|photo|video|subscribe|follow us)\b/i;
const MIN_TRIGGER_WEIGHT = 5;
const WEAK_TRIGGER_WEIGHT = 3;
/** "Since Wednesday" is one battle going on; "since late April" is a campaign's tally. */
const AGGREGATE_DAYS = 7;

function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}
/** How far (in sentences) a figure without its own place or date may sit from the event it belongs to. */
const ATTACH_DISTANCE = 3;
const REVISIT_DISTANCE = 8;

interface Signals {
  readonly starts: boolean;
  /** Opens an event only where no other event is open nearby. */
  readonly opensAlone: boolean;
  readonly aggregate: boolean;
  readonly date: DateMention | null;
  readonly place: PlaceMention | null;
  readonly family: string | null;
}

/** "would return", "plans to attack": what may happen is not an event. */
const MODAL = /\b(?:will|would|shall|plans? to|planned to|planning to|intends? to|threaten(?:s|ed)? to|vow(?:s|ed)? to|expected to|going to|could|might|may)\s+(?:\w+\s+){0,2}$/i;

const MODAL_ANYWHERE = /\b(?:will|would|shall|plans? to|planned to|planning to|intends? to|threaten(?:s|ed)? to|vow(?:s|ed)? to|expected to|going to)\b/i;

function strongestFamily(text: string, mentions: readonly Mention[]): string | null {
  let best: { family: string; weight: number } | null = null;
  for (const t of mentionsOf(mentions, 'trigger')) {
    if (MODAL.test(text.slice(Math.max(0, t.span.start - 40), t.span.start))) continue;
    if (t.weight >= MIN_TRIGGER_WEIGHT && (!best || t.weight > best.weight)) best = { family: t.eventType, weight: t.weight };
  }
  return best?.family ?? null;
}

function signalsOf(text: string, sentence: Sentence, mentions: readonly Mention[]): Signals {
  const casualties = mentionsOf(mentions, 'casualty').filter((c) => !c.partOf && !c.none);
  const dates = mentionsOf(mentions, 'date').filter((d) => isEventDate(text, d));
  const places = mentionsOf(mentions, 'place').filter((p) => p.level !== 'country' || p.admin1 === null);
  const family = strongestFamily(text, mentions);
  const since = dates.find((d) => d.since) ?? null;
  const hasFigure = casualties.some((c) => c.outcome === 'killed' || c.outcome === 'wounded' || c.outcome === 'displaced');
  const stated = dates.find((d) => !d.since) ?? null;
  const aggregate = hasFigure && (since !== null || tallyCue(sentence.text) || periodCue(sentence.text, sentence.span.start, stated));
  const specific = places.find((p) => p.level === 'town') ?? places[0] ?? null;
  // "Demonstrators said they would return on Saturday": what may happen is not an event.
  const hypothetical = !hasFigure && MODAL_ANYWHERE.test(sentence.text);
  // "The deadliest attack hit a street of shops in Maarat": a weaker word opens an event at a named town.
  const localAttack = specific?.level === 'town' && mentionsOf(mentions, 'trigger').some((t) => t.weight >= WEAK_TRIGGER_WEIGHT && t.eventType !== 'Strategic developments');
  return {
    starts: hasFigure || (family !== null && !hypothetical),
    opensAlone: localAttack && !hypothetical,
    aggregate,
    date: stated ?? since ?? dates[0] ?? null,
    place: specific,
    family,
  };
}

/** Two tallies over different periods ("from 8 to 16 May", "since the end of April") are two tallies. */
function otherPeriod(a: DateMention | null, b: DateMention | null): boolean {
  return a !== null && b !== null && (a.start !== b.start || a.end !== b.end);
}

function datesConflict(a: DateMention | null, b: DateMention | null): boolean {
  if (!a || !b) return false;
  return a.end < b.start || b.end < a.start;
}

/**
 * Two places make two events when they are different provinces or two different towns: ACLED codes one event
 * per location. A town inside a region named before ("Pazigyi village" after "Kanbalu Township") is the same.
 */
function placesConflict(text: string, a: PlaceMention | null, b: PlaceMention | null): boolean {
  if (!a || !b) return false;
  if (a.admin1 && b.admin1 && a.admin1 !== b.admin1) return true;
  if (a.level !== 'town' || b.level !== 'town' || isUnitName(text, a) || isUnitName(text, b)) return false;
  const x = placeWords(a.name);
  const y = placeWords(b.name);
  return !(x === y || x.includes(y) || y.includes(x));
}

interface Open {
  kind: 'incident' | 'aggregate';
  sentences: number[];
  mentions: Mention[];
  date: DateMention | null;
  place: PlaceMention | null;
  family: string | null;
  last: number;
  paragraph: number;
  contextDate: EventDraft['contextDate'];
}

/**
 * Groups sentences into event drafts: a sentence with a figure or a strong trigger opens an event unless it
 * continues the open one (no other date, place or kind of event); sentences with only breakdowns, counts or
 * reporters join the open event nearby.
 */
export function groupSentences(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly (readonly Mention[])[],
  title: string | null = null,
): EventDraft[] {
  const drafts: EventDraft[] = [];
  let open: Open | null = null;
  let paragraphDate: { date: DateMention; paragraph: number } | null = null;
  // Timelines and live blogs put the day on a line of its own ("4 May", "Monday 12 June:") above what happened.
  // One such line is the page's date under its title, not a section.
  let headingDate: DateMention | null = null;
  const headings = datedHeadings(sentences, mentions);
  const named = new Map<number, PlaceMention>();
  const captions = captionParagraphs(sentences);

  const close = () => {
    if (!open) return;
    // A tally framed by a long "since" — in the sentence that opened the event, or beside a figure — is
    // cumulative; a "since" in a passing clause ("which has been fighting since 2015") is background.
    const current: Open = open;
    const sentenceOf = (m: Mention) => sentences[sentenceAt(sentences, m.span.start)]?.index;
    const figureSentences = new Set(current.mentions.filter((m) => m.kind === 'casualty' && !m.partOf && !m.none).map(sentenceOf));
    const since = current.mentions.some((m) => {
      if (m.kind !== 'date' || !m.since || daysBetween(m.start, m.end) <= AGGREGATE_DAYS) return false;
      const at = sentenceOf(m);
      return at === current.sentences[0] || figureSentences.has(at) || current.date === m;
    });
    const tally = figureSentences.size > 0;
    // "A campaign since October 11 … it claimed 2,000 rebels killed": a figure under its paragraph's long period.
    const framed = current.contextDate?.date.since === true && daysBetween(current.contextDate.date.start, current.contextDate.date.end) > AGGREGATE_DAYS;
    drafts.push({
      kind: (since || framed) && tally ? 'aggregate' : open.kind,
      sentences: open.sentences,
      mentions: open.mentions,
      contextDate: open.contextDate,
    });
    open = null;
  };

  const headline = title ? normaliseLine(title) : null;
  for (const sentence of sentences) {
    // The headline restates the lede; coding it too would count one event twice.
    if (FURNITURE.test(sentence.text) || captions.has(sentence.paragraph) || (headline !== null && normaliseLine(sentence.text) === headline)) continue;
    const found = mentions[sentence.index] ?? [];
    const heading = headings.get(sentence.index);
    if (heading) {
      // A new day's section: what came before is told, what follows is that day's.
      close();
      headingDate = heading;
      continue;
    }
    const s = signalsOf(text, sentence, found);
    const attackPlace = namedAttackPlace(sentence, found);
    if (attackPlace) named.set(sentence.index, attackPlace);
    const hasFigures = found.some((m) => m.kind === 'casualty' || m.kind === 'count');
    // The same day and place, a few sentences on, is the same event told again ("the coalition said its
    // aircraft struck only military targets in Saada on Monday").
    // A lede that names no day is told in detail further down: the same place, a day it did not contradict.
    const revisits =
      open !== null && s.place !== null && open.place !== null && !placesConflict(text, open.place, s.place) &&
      (open.date === null || (s.date !== null && s.date.start === open.date.start && s.date.end === open.date.end)) &&
      sentence.index - open.last <= REVISIT_DISTANCE;
    const near = open !== null && (sentence.index - open.last <= ATTACH_DISTANCE || revisits);
    const continues =
      open !== null &&
      near &&
      !datesConflict(open.date, s.date) &&
      !placesConflict(text, open.place, s.place) &&
      open.kind === (s.aggregate ? 'aggregate' : open.kind) &&
      !(s.aggregate && otherPeriod(open.date, s.date)) &&
      (s.family === null || open.family === null || s.family === open.family || bothViolent(s.family, open.family));
    // Past the lede, an undated sentence without figures is background ("Saada has been hit more than any other
    // province"), not a new event.
    // Under a dated heading, the heading dates it.
    const background = !hasFigures && s.date === null && headingDate === null && sentence.paragraph >= 2 && (open !== null || drafts.length > 0);
    const starts = (s.starts && !background) || (s.opensAlone && !near);
    if (starts && !continues) {
      close();
      open = {
        kind: s.aggregate ? 'aggregate' : 'incident',
        sentences: [sentence.index],
        mentions: [...found],
        date: s.date,
        place: s.place,
        family: s.family,
        last: sentence.index,
        paragraph: sentence.paragraph,
        contextDate: null,
      };
      if (!s.date && paragraphDate && paragraphDate.paragraph === sentence.paragraph) {
        open.contextDate = { date: paragraphDate.date, reason: 'date/from-context: the same paragraph dates it' };
        open.date = paragraphDate.date;
      } else if (!s.date && headingDate) {
        open.contextDate = { date: headingDate, reason: 'date/from-heading: the dated heading above it' };
        open.date = headingDate;
      }
    } else if (open !== null && ((continues && (s.starts || starts || hasFigures)) || (near && hasFigures && !s.date && !s.place))) {
      const current: Open = open;
      current.sentences.push(sentence.index);
      current.mentions.push(...found);
      current.date ??= s.date;
      current.place ??= s.place;
      current.family ??= s.family;
      current.last = sentence.index;
    }
    if (s.date) paragraphDate = { date: s.date, paragraph: sentence.paragraph };
  }
  close();
  return drafts.length > 0 ? foldTollUpdates(foldNamedAttacks(drafts, named)) : fallbackDraft(text, sentences, mentions);
}

/**
 * A brief that names one happening without a figure or a strong word ("a driver was attacked") still reports
 * an event: the sentence with the strongest trigger becomes it, with every sentence that gives figures.
 */
function fallbackDraft(text: string, sentences: readonly Sentence[], mentions: readonly (readonly Mention[])[]): EventDraft[] {
  let best: { index: number; weight: number } | null = null;
  for (const sentence of sentences) {
    if (FURNITURE.test(sentence.text)) continue;
    for (const t of mentionsOf(mentions[sentence.index] ?? [], 'trigger')) {
      if (MODAL.test(text.slice(Math.max(0, t.span.start - 40), t.span.start))) continue;
      if (!best || t.weight > best.weight) best = { index: sentence.index, weight: t.weight };
    }
  }
  if (!best) return [];
  const chosen = sentences.filter(
    (s) => s.index === best.index || (mentions[s.index] ?? []).some((m) => m.kind === 'casualty' || m.kind === 'count'),
  );
  return [{
    kind: 'incident',
    sentences: chosen.map((s) => s.index),
    mentions: chosen.flatMap((s) => mentions[s.index] ?? []),
    contextDate: null,
  }];
}

/** "Pa Zi Gyi Village" and "Pa Zi Gyi" are one place. */
function placeWords(name: string): string {
  return normaliseLine(name).replace(/\b(?:village|town|city|district|township|camp|area|neighbou?rhood)\b/g, '').replace(/\s+/g, ' ').trim();
}

function normaliseLine(line: string): string {
  return line.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Kinds of event that one happening can combine: an air strike inside a battle is part of the battle, and a
 * protest that turns violent is one demonstration.
 */
const FAMILIES: readonly ReadonlySet<string>[] = [
  new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']),
  new Set(['Protests', 'Riots']),
];

function bothViolent(a: string, b: string): boolean {
  return FAMILIES.some((f) => f.has(a) && f.has(b));
}
