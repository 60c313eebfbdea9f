import type { IncidentRecord, Link } from '../core/incident.ts';
import type { EventRecord } from '../core/event.ts';
import { gradeIncident } from './grade-incident.ts';
import { figureRanges, incidentClaims } from './incident-claims.ts';
import { independentSources } from './independent-sources.ts';
import type { ReconcileItem } from './reconcile-item.ts';

/** The most common non-null value; ties go to the earlier report. */
function majority<T>(values: readonly (T | null)[]): T | null {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

/** The event placed most finely: a town beats a district beats a province (UCDP where_prec, ACLED geo_precision). */
function finestPlace(events: readonly EventRecord[]): EventRecord | null {
  const placed = events.filter((e) => e.country !== null);
  const rank = (e: EventRecord): number => (e.where_prec ?? 9) * 10 + (e.geo_precision ?? 9);
  return placed.reduce<EventRecord | null>((best, e) => (best === null || rank(e) < rank(best) ? e : best), null);
}

/** The tightest dating the reports give: the finest precision, and the range those reports agree on. */
function dating(events: readonly EventRecord[]): Pick<IncidentRecord, 'date_start' | 'date_end' | 'time_precision'> {
  const dated = events.filter((e) => e.date_start !== null && e.date_end !== null);
  if (dated.length === 0) return { date_start: null, date_end: null, time_precision: null };
  const precision = Math.min(...dated.map((e) => e.time_precision ?? 1)) as 1 | 2 | 3;
  const finest = dated.filter((e) => (e.time_precision ?? 1) === precision);
  const starts = finest.map((e) => e.date_start!).sort();
  const ends = finest.map((e) => e.date_end!).sort();
  return { date_start: starts[0]!, date_end: ends[ends.length - 1]!, time_precision: precision };
}

/** One incident record from its events (in input order: the first is the earliest stored). */
export function buildIncident(id: string, items: readonly ReconcileItem[], links: readonly Link[], locked: boolean): IncidentRecord {
  const events = items.map((i) => i.event);
  const place = finestPlace(events);
  const claims = incidentClaims(items);
  const figures = figureRanges(claims);
  const sources = independentSources(items);
  const { grade, reasons } = gradeIncident(items, sources);
  const subType = majority(events.map((e) => e.sub_event_type));
  const type = (subType && events.find((e) => e.sub_event_type === subType)?.event_type) ?? majority(events.map((e) => e.event_type));
  const actors = [...new Set(events.flatMap((e) => [e.actor1, e.actor2]).filter((a): a is string => a !== null))];
  return {
    id,
    kind: events[0]?.kind ?? 'incident',
    event_ids: events.map((e) => e.id),
    doc_ids: [...new Set(events.map((e) => e.doc_id))],
    ...dating(events),
    event_type: type ?? null,
    sub_event_type: subType,
    actor1: majority(events.map((e) => e.actor1)),
    actor2: majority(events.map((e) => e.actor2)),
    actors,
    country: place?.country ?? null,
    iso3: place?.iso3 ?? null,
    admin1: place?.admin1 ?? null,
    admin2: place?.admin2 ?? null,
    location: place?.location ?? null,
    latitude: place?.latitude ?? null,
    longitude: place?.longitude ?? null,
    geo_precision: place?.geo_precision ?? null,
    where_prec: place?.where_prec ?? null,
    fatalities: figures.killed?.low ?? null,
    figures,
    claims,
    grade,
    grade_reasons: reasons,
    sources,
    links: [...links],
    locked,
  };
}
