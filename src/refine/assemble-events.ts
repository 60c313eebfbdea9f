import type { Evidence, EventRecord } from '../core/event.ts';
import type { Mention, PlaceMention } from '../core/mention.ts';
import type { Refiner, Sentence } from '../core/pipeline.ts';
import type { Lexicons } from '../core/lexicons.ts';
import { sentenceAt } from '../text/sentence-at.ts';
import { classifyEvent } from './classify-event.ts';
import { eventActors } from './event-actors.ts';
import type { EventDraft } from './event-draft.ts';
import { eventFigures } from './event-figures.ts';
import { eventWhen } from './event-when.ts';
import { eventWhere, listedTowns, whereAt } from './event-where.ts';
import { groupSentences } from './group-sentences.ts';
import { writeNotes } from './write-notes.ts';
import { writtenTown } from './written-town.ts';

const CONTEXT_SENTENCES = 3;

function evidenceOf(text: string, field: string, m: Mention | null): Evidence[] {
  return m ? [{ field, start: m.span.start, end: m.span.end, quote: text.slice(m.span.start, m.span.end) }] : [];
}

const CAUSE = /\b(?:justice|tribute|commemorat\w*|in memory|memorial|mourn\w*|funeral|anniversary|vigil|death of|deaths of|killing of|killings of|murder of|over the (?:death|killing|murder)|against the (?:death|killing|murder)|accused of|who (?:was|were|had been) (?:killed|shot|murdered)|(?:of|for) (?:a|an|the|his|her|their) [\w -]{0,30}who died|(?:after|since|following) [^.;,]{0,40}\bdied)\b/i;

function isDemonstration(sub: string): boolean {
  return sub === 'Peaceful protest' || sub === 'Protest with intervention' || sub === 'Violent demonstration' || sub === 'Excessive force against protesters';
}

function withoutCauses(text: string, sentences: readonly Sentence[], mentions: readonly Mention[]): Mention[] {
  return mentions.filter((m) => {
    if (m.kind !== 'casualty' || m.outcome !== 'killed') return true;
    const sentence = sentences[sentenceAt(sentences, m.span.start)];
    return !sentence || !CAUSE.test(text.slice(sentence.span.start, sentence.span.end));
  });
}

const NAMED_TYPES = new Set(['monitor', 'rescue NGO', 'UN', 'state media', 'party to the conflict', 'medical']);

/**
 * Who speaks for a whole report when an event names nobody: the organisation the report quotes most, or the
 * outlet itself when it is a monitor or agency that documents events (an SOHR bulletin speaks for SOHR).
 */
function documentReporter(
  mentions: readonly Mention[],
  lexicons: Lexicons,
  source: string | null,
): { name: string; reason: string } | null {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.kind === 'reporter' && NAMED_TYPES.has(m.type)) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (top) return { name: top[0], reason: 'reported_by/from-document: the organisation the report quotes most' };
  const outlet = source ? lexicons.reporters.match(source)[0] : undefined;
  if (outlet && NAMED_TYPES.has(outlet.value.type)) return { name: outlet.value.name, reason: 'reported_by/from-source: the outlet documents events itself' };
  return null;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Turns grouped sentences into flat event records, every field with its evidence. */
export const assembleEvents: Refiner = {
  name: 'assemble-events',
  refine(ctx, state) {
    const { doc, gazetteer, trace } = ctx;
    const drafts = groupSentences(doc.text, state.sentences, state.mentions, doc.title);
    const fallbackReporter = documentReporter(state.mentions.flat(), ctx.lexicons, doc.source);
    let n = 0;
    const events = drafts.flatMap((draft: EventDraft): EventRecord[] => {
      const opening = state.mentions[draft.sentences[0]!] ?? [];
      // An attack on several listed towns is one event per town, as ACLED codes it, when no figure must be shared.
      const hasFigures = draft.mentions.some((m) => m.kind === 'casualty' && !m.none);
      const towns = hasFigures ? null : listedTowns(doc.text, opening);
      return (towns ?? [null]).map((town) => record(draft, town, n++));
    });
    return { ...state, events };

    function record(draft: EventDraft, town: PlaceMention | null, n: number): EventRecord {
      const firstSentence = draft.sentences[0]!;
      const before = state.mentions.slice(Math.max(0, firstSentence - CONTEXT_SENTENCES), firstSentence).flat();
      const opening = state.mentions[firstSentence] ?? [];
      // The sentence that opened the event says what it was; later sentences only add detail.
      const first = classifyEvent(doc.text, opening, eventFigures(doc.text, state.sentences, draft.mentions), draft.mentions);
      // Deaths a demonstration is about ("demanding justice for a man killed by police") are its cause, not its toll.
      const counted = isDemonstration(first.subEventType) ? withoutCauses(doc.text, state.sentences, draft.mentions) : draft.mentions;
      const figures = eventFigures(doc.text, state.sentences, counted);
      const kind = counted === draft.mentions ? first : classifyEvent(doc.text, opening, figures, counted);
      // A reference known only to the month cannot date an event by itself.
      const when = eventWhen(draft, ctx.referenceYearOnly ? null : doc.published, doc.text);
      const where = town ? whereAt(doc.text, town) : eventWhere(doc.text, opening, draft.mentions, before);
      const place = where.place;
      const country = place?.country ? gazetteer.countryByName(place.country) : null;
      const actors = eventActors(kind.eventType, draft.mentions, before, figures, country?.code ?? null, gazetteer);
      const killed = figures.killed;
      const wounded = figures.wounded;
      const own = unique(figures.reporters.map((r) => r.name));
      const reporters = own.length > 0 || !fallbackReporter ? own : [fallbackReporter.name];
      const implied: Record<string, string> = {};
      if (when.implied) implied.date = when.implied;
      if (where.implied) implied.place = where.implied;
      if (own.length === 0 && fallbackReporter) implied.reported_by = fallbackReporter.reason;
      const exact = place?.level === 'town';
      // Towns and directional regions are written as the report spells them ("Douma", "western Aleppo Province").
      const location = !place
        ? null
        : place.level === 'country'
          ? (country?.name ?? place.name)
          : place.level === 'region'
            ? doc.text.slice(place.span.start, place.span.end)
            : place.level === 'town'
              ? writtenTown(doc.text.slice(place.span.start, place.span.end), place.name)
              : place.name;
      trace.note('assemble-events', () => `event ${n}: sentences ${draft.sentences.join(',')} → ${kind.eventType} / ${kind.subEventType} (${kind.reason})`);
      const evidence: Evidence[] = [
        ...evidenceOf(doc.text, 'event_type', kind.trigger),
        ...evidenceOf(doc.text, 'date', when.evidence),
        ...evidenceOf(doc.text, 'location', place),
        ...evidenceOf(doc.text, 'actor1', actors.actor1?.mention ?? null),
        ...evidenceOf(doc.text, 'actor2', actors.actor2?.mention ?? null),
        ...figures.evidence,
        ...figures.reporters.flatMap((r) => evidenceOf(doc.text, 'reported_by', r)),
      ];
      const aggregate = draft.kind === 'aggregate';
      return {
        id: `${doc.id}#${n + 1}`,
        doc_id: doc.id,
        kind: draft.kind,
        event_date: when.start,
        date_start: when.start,
        date_end: when.end,
        time_precision: when.precision,
        event_type: kind.eventType,
        sub_event_type: kind.subEventType,
        actor1: actors.actor1?.name ?? null,
        inter1: actors.actor1?.inter ?? null,
        actor2: actors.actor2?.name ?? null,
        inter2: actors.actor2?.inter ?? null,
        country: country?.name ?? null,
        iso3: country?.iso3 ?? null,
        admin1: place?.admin1 ?? null,
        admin2: place?.admin2 ?? null,
        admin3: null,
        location,
        latitude: exact ? place.latitude : null,
        longitude: exact ? place.longitude : null,
        geo_precision: where.geoPrecision,
        where_prec: where.wherePrec,
        fatalities: figures.coded ?? (killed ? killed.low : 0),
        killed_low: killed?.low ?? (figures.none === 'none' ? 0 : null),
        killed_best: killed?.best ?? (figures.none === 'none' ? 0 : null),
        killed_high: killed ? (killed.high ?? null) : figures.none === 'none' ? 0 : null,
        wounded_low: wounded?.low ?? null,
        wounded_best: wounded?.best ?? null,
        wounded_high: wounded?.high ?? null,
        killed_children: figures.breakdown.children ?? null,
        killed_women: figures.breakdown.women ?? null,
        killed_civilians: figures.breakdown.civilians ?? null,
        killed_combatants: figures.breakdown.combatants ?? null,
        killed_medics: figures.breakdown.medics ?? null,
        displaced: figures.displaced?.best ?? null,
        counts: figures.counts,
        qualifiers: figures.qualifiers,
        reported_by: reporters,
        source: doc.source,
        notes: writeNotes({
          date: when.start,
          dateEnd: when.end,
          actor1: actors.actor1?.name ?? null,
          actor2: actors.actor2?.name ?? null,
          subEventType: kind.subEventType,
          location,
          admin1: place?.admin1 ?? null,
          killed: killed?.best ?? null,
          killedQualifier: killed?.qualifier ?? null,
          wounded: wounded?.best ?? null,
          none: figures.none,
          // Only reporters the event's own words name: an inferred one is in `implied`, not in the summary.
          reporters: own,
          aggregate,
        }),
        evidence,
        claims: [...figures.claims],
        implied,
      };
    }
  },
};
