import type { Claim, Evidence } from '../core/event.ts';
import type { CasualtyMention, CountMention, Figure, Mention, ReporterMention, VictimGroup } from '../core/mention.ts';
import type { Sentence } from '../core/pipeline.ts';
import { sentenceAt } from '../text/sentence-at.ts';
import { mentionsOf } from './event-draft.ts';

export interface EventFigures {
  readonly killed: Figure | null;
  readonly wounded: Figure | null;
  readonly displaced: Figure | null;
  /** The coder's stated fatalities for this event, when the notes give them ("fatalities coded as 3"). */
  readonly coded: number | null;
  readonly breakdown: Readonly<Partial<Record<'children' | 'women' | 'medics' | 'civilians' | 'combatants', number>>>;
  /** "No casualties" (0) versus "casualties unknown" (null) when no figure is given. */
  readonly none: 'none' | 'unknown' | null;
  readonly counts: Readonly<Record<string, number>>;
  readonly qualifiers: Readonly<Record<string, string>>;
  readonly claims: readonly Claim[];
  readonly evidence: readonly Evidence[];
  readonly reporters: readonly ReporterMention[];
  /** The side the dead belonged to, when the text names it ("regime troops"). */
  readonly killedSide: string | null;
  readonly killedGroup: VictimGroup | null;
  /** Every group named among the killed and wounded. */
  readonly victimGroups: ReadonlySet<VictimGroup>;
}

const BREAKDOWN_GROUPS = new Set(['children', 'women', 'medics', 'civilians', 'combatants']);

/**
 * The reporter of each figure: one in its own sentence, else the nearest one before it in the event. Built once
 * per event from the reporters in text order, so a long event costs no more than its length.
 */
function reporterLookup(reporters: readonly ReporterMention[], sentences: readonly Sentence[]): (m: Mention) => ReporterMention | null {
  const bySentence = new Map<number, ReporterMention>();
  const ordered = [...reporters].sort((a, b) => a.span.start - b.span.start);
  for (const r of ordered) {
    const at = sentenceAt(sentences, r.span.start);
    if (!bySentence.has(at)) bySentence.set(at, r);
  }
  const starts = ordered.map((r) => r.span.start);
  return (m) => {
    const own = sentenceAt(sentences, m.span.start);
    const here = bySentence.get(own);
    if (here) return here;
    // The last reporter that starts before this sentence.
    const before = sentences[own]!.span.start;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < before) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? ordered[lo - 1]! : null;
  };
}

const VAGUE = new Set(['dozens', 'hundreds', 'thousands', 'several', 'some']);

function isVague(f: Figure): boolean {
  return f.qualifier !== null && VAGUE.has(f.qualifier);
}

function add(a: Figure, b: Figure): Figure {
  return {
    low: a.low + b.low,
    best: a.best + b.best,
    high: a.high !== null && b.high !== null ? a.high + b.high : null,
    qualifier: a.qualifier ?? b.qualifier,
  };
}

/**
 * Folds the figures stated for one outcome. A list ("12 soldiers and 4 militiamen") is one figure; "another N"
 * adds to what came before; any other figure restates the toll (often another reporter's count) and only widens
 * the high end, so conflicting claims are never summed.
 */
function combine(found: readonly CasualtyMention[]): Figure | null {
  const claims: { figure: Figure; additional: boolean; toll: boolean }[] = [];
  for (const c of found) {
    const last = claims[claims.length - 1];
    if (c.joined && last) last.figure = add(last.figure, c.figure);
    else claims.push({ figure: c.figure, additional: c.additional, toll: c.toll === true });
  }
  const [first, ...rest] = claims;
  if (!first) return null;
  let total: Figure = first.figure;
  for (const c of rest) {
    if (c.additional) total = add(total, c.figure);
    // "Dozens of children were killed ... 50 were killed": the exact figure is the better reading of the vague one.
    else if (isVague(total) && !isVague(c.figure) && c.figure.best >= total.low) total = c.figure;
    // "8 died today, which raised the toll since yesterday to 48": the running total is the best reading.
    else if (c.toll && c.figure.best > total.best) total = { ...c.figure, low: total.low, high: c.figure.high === null ? null : Math.max(total.high ?? total.best, c.figure.high) };
    else if (c.figure.best > total.best) total = { ...total, high: Math.max(total.high ?? total.best, c.figure.best) };
  }
  return total;
}

export function eventFigures(text: string, sentences: readonly Sentence[], mentions: readonly Mention[]): EventFigures {
  const all = mentionsOf(mentions, 'casualty');
  const casualties = all.filter((c) => c.coded === undefined);
  const coded = all.find((c) => c.coded !== undefined) ?? null;
  const reporters = mentionsOf(mentions, 'reporter');
  const claims: Claim[] = [];
  const evidence: Evidence[] = [];
  const breakdown: Record<string, number> = {};
  const qualifiers: Record<string, string> = {};
  const reporterFor = reporterLookup(reporters, sentences);
  const note = (field: string, m: Mention, value: number | null, qualifier: string | null) => {
    const reporter = reporterFor(m);
    claims.push({
      field, value, qualifier, reporter: reporter?.name ?? null, reporter_type: reporter?.type ?? null,
      start: m.span.start, end: m.span.end,
    });
    evidence.push({ field, start: m.span.start, end: m.span.end, quote: text.slice(m.span.start, m.span.end) });
  };

  const main = casualties.filter((c) => !c.partOf && !c.none);
  const byOutcome = (outcome: string) => main.filter((c) => c.outcome === outcome);
  const killedMentions = byOutcome('killed');
  const killed = combine(killedMentions);
  const wounded = combine(byOutcome('wounded'));
  const displaced = combine(byOutcome('displaced'));
  for (const c of main) {
    const field = c.outcome;
    note(field, c, c.figure.best, c.figure.qualifier);
    if (c.figure.qualifier) qualifiers[field] ??= c.figure.qualifier;
    if (c.outcome === 'killed' && BREAKDOWN_GROUPS.has(c.group)) breakdown[c.group] = (breakdown[c.group] ?? 0) + c.figure.best;
  }
  for (const c of casualties.filter((m) => m.partOf && m.outcome === 'killed')) {
    if (!BREAKDOWN_GROUPS.has(c.group)) continue;
    breakdown[c.group] = (breakdown[c.group] ?? 0) + c.figure.best;
    note(`killed_${c.group}`, c, c.figure.best, c.figure.qualifier);
  }
  if (coded) note('fatalities', coded, coded.coded!, null);
  const noneMentions = casualties.filter((c) => c.none);
  for (const c of noneMentions) note('fatalities', c, c.none === 'none' ? 0 : null, null);

  const counts: Record<string, number> = {};
  for (const c of mentionsOf(mentions, 'count') as CountMention[]) {
    if (counts[c.what] !== undefined) continue;
    counts[c.what] = c.figure.best;
    if (c.figure.qualifier) qualifiers[c.what] = c.figure.qualifier;
    note(c.what, c, c.figure.best, c.figure.qualifier);
  }
  if (displaced?.qualifier) qualifiers.displaced = displaced.qualifier;
  const first = killedMentions[0];
  return {
    killed,
    wounded,
    displaced,
    coded: coded?.coded ?? null,
    breakdown,
    none: noneMentions.some((c) => c.none === 'none') ? 'none' : noneMentions.length > 0 ? 'unknown' : null,
    counts,
    qualifiers,
    claims,
    evidence,
    reporters,
    killedSide: first?.side ?? null,
    killedGroup: first?.group ?? null,
    victimGroups: new Set(casualties.filter((c) => !c.none && (c.outcome === 'killed' || c.outcome === 'wounded')).map((c) => c.group)),
  };
}
