import type { Link } from '../core/incident.ts';
import { candidatePairs } from './candidate-pairs.ts';
import { datedOnReportDay, REPORT_DAY_REACH } from './event-days.ts';
import type { ReconcileItem } from './reconcile-item.ts';
import { isMatch, scorePair } from './score-pair.ts';

/** Where an event already is: its incident, and whether a person fixed that incident's membership. */
export interface PriorPlace {
  readonly incidentId: string;
  readonly locked: boolean;
}

export interface EventCluster {
  /** Indexes into the items, in input order. */
  readonly members: readonly number[];
  /** Incidents the cluster continues (one, or several merged); empty for a new incident. */
  readonly priorIds: readonly string[];
  readonly locked: boolean;
  /** It gained events or absorbed another incident in this run. */
  readonly changed: boolean;
  /** The matches made in this run, with their reasons. */
  readonly links: readonly Link[];
}

interface Group {
  members: number[];
  priorIds: string[];
  locked: boolean;
  changed: boolean;
  links: Link[];
}

/**
 * Puts events into clusters, one per happening. Known incidents are the starting clusters; only pairs with
 * at least one new event are scored, best first. Two clusters join only if no pair across them is ruled
 * out or scores against (so that a chain of near matches cannot glue two happenings together), and an
 * incident a person fixed takes in new events but never merges with another incident.
 */
export function clusterEvents(items: readonly ReconcileItem[], prior: (index: number) => PriorPlace | null): EventCluster[] {
  const groupOf: Group[] = [];
  const byPrior = new Map<string, Group>();
  items.forEach((_, i) => {
    const place = prior(i);
    let group = place ? byPrior.get(place.incidentId) : undefined;
    if (!group) {
      group = { members: [], priorIds: place ? [place.incidentId] : [], locked: place?.locked ?? false, changed: !place, links: [] };
      if (place) byPrior.set(place.incidentId, group);
    }
    group.members.push(i);
    groupOf[i] = group;
  });
  const isNew = (i: number): boolean => prior(i) === null;
  const matches = candidatePairs(
    items.map((item) => item.event),
    (i, j) => isNew(i) || isNew(j),
    (i) => (datedOnReportDay(items[i]!.event, items[i]!.facts.published) ? REPORT_DAY_REACH : 0),
  )
    .map(([i, j]) => ({ i, j, pair: scorePair(items[i]!, items[j]!) }))
    .filter((m) => isMatch(m.pair))
    .sort((x, y) => y.pair.score - x.pair.score || x.i - y.i || x.j - y.j);

  for (const { i, j, pair } of matches) {
    const a = groupOf[i]!;
    const b = groupOf[j]!;
    const link: Link = { a: items[i]!.event.id, b: items[j]!.event.id, score: pair.score, decision: 'auto', reasons: [...pair.reasons] };
    if (a === b) {
      a.links.push(link);
      continue;
    }
    const fresh = (g: Group): boolean => g.priorIds.length === 0;
    if ((a.locked && !fresh(b)) || (b.locked && !fresh(a))) continue;
    if (!compatible(items, a.members, b.members)) continue;
    const [keep, gone] = a.members.length >= b.members.length ? [a, b] : [b, a];
    keep.members.push(...gone.members);
    keep.priorIds.push(...gone.priorIds);
    keep.links.push(...gone.links, link);
    keep.locked ||= gone.locked;
    keep.changed = true;
    for (const m of gone.members) groupOf[m] = keep;
  }
  return [...new Set(groupOf.filter((g): g is Group => g !== undefined))].map((g) => ({
    members: [...g.members].sort((x, y) => x - y),
    priorIds: g.priorIds,
    locked: g.locked,
    changed: g.changed,
    links: g.links,
  }));
}

function compatible(items: readonly ReconcileItem[], xs: readonly number[], ys: readonly number[]): boolean {
  for (const x of xs) {
    for (const y of ys) {
      const pair = scorePair(items[x]!, items[y]!);
      if (pair.vetoed || pair.score < 0) return false;
    }
  }
  return true;
}
