import type { IncidentRecord, Link } from '../core/incident.ts';
import { buildIncident } from './build-incident.ts';
import { clusterEvents, type PriorPlace } from './cluster-events.ts';
import type { ReconcileItem } from './reconcile-item.ts';

export interface ReconcileOptions {
  /** Where each item already is; absent for a first run. */
  readonly prior?: (index: number) => PriorPlace | null;
  /** The links kept with a known incident, carried into its next record. */
  readonly priorLinks?: (incidentId: string) => readonly Link[];
  /** Incident ids in use elsewhere, that a new incident must not take. */
  readonly taken?: ReadonlySet<string>;
}

export interface ReconciledIncident {
  readonly incident: IncidentRecord;
  /** It is new, gained events, or absorbed another incident in this run. */
  readonly changed: boolean;
  /** Known incidents merged into this one: their ids are gone. */
  readonly absorbed: readonly string[];
}

/** An incident's id comes from the event that founded it, so that it stays the same run after run. */
export function incidentIdFor(eventId: string): string {
  return `inc-${eventId}`;
}

/**
 * Events in, incidents out: pure and deterministic for the same items in the same order. Items are in
 * storage order, so an incident's first event is the earliest report of it. A merged incident keeps the
 * id of the larger incident it came from (the earlier id when equal).
 */
export function reconcile(items: readonly ReconcileItem[], options: ReconcileOptions = {}): ReconciledIncident[] {
  const prior = options.prior ?? (() => null);
  const used = new Set(options.taken ?? []);
  const clusters = clusterEvents(items, prior);
  for (const c of clusters) for (const id of c.priorIds) used.add(id);
  return clusters.map((cluster) => {
    const members = cluster.members.map((m) => items[m]!);
    const sizes = new Map<string, number>();
    for (const m of cluster.members) {
      const place = prior(m);
      if (place) sizes.set(place.incidentId, (sizes.get(place.incidentId) ?? 0) + 1);
    }
    const kept = [...sizes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    let id = kept;
    if (id === undefined) {
      id = incidentIdFor(members[0]!.event.id);
      for (let n = 2; used.has(id); n += 1) id = `${incidentIdFor(members[0]!.event.id)}~${n}`;
      used.add(id);
    }
    const carried = cluster.priorIds.flatMap((p) => options.priorLinks?.(p) ?? []);
    const incident = buildIncident(id, members, [...carried, ...cluster.links], cluster.locked);
    return { incident, changed: cluster.changed, absorbed: cluster.priorIds.filter((p) => p !== id) };
  });
}
