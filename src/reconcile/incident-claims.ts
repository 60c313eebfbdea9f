import type { FigureRange, IncidentClaim } from '../core/incident.ts';
import type { ReconcileItem } from './reconcile-item.ts';

/** The figures kept across reports: the toll, the wounded, and the breakdowns of the toll. */
export const FIGURE_FIELDS = ['killed', 'wounded', 'killed_children', 'killed_women', 'killed_civilians', 'killed_combatants', 'killed_medics', 'displaced'] as const;
const FIELDS = new Set<string>(FIGURE_FIELDS);
const PARTY = 'party to the conflict';

/** Every figure every report states, with its reporter, document, span and date; none is dropped. */
export function incidentClaims(items: readonly ReconcileItem[]): IncidentClaim[] {
  return items.flatMap(({ event, facts }) =>
    event.claims
      .filter((c) => c.value !== null && FIELDS.has(c.field))
      .map((c) => ({
        field: c.field,
        value: c.value,
        qualifier: c.qualifier,
        reporter: c.reporter ?? facts.source ?? 'unnamed',
        reporter_type: c.reporter_type,
        doc_id: event.doc_id,
        event_id: event.id,
        published: facts.published,
        start: c.start,
        end: c.end,
      })),
  );
}

/**
 * Low / best / high for one field (UCDP style). Each reporter counts once, with its latest figure: a
 * toll that rose through the day is the latest figure. Across reporters: the lowest and highest current
 * figures are low and high; best is the figure of the most recent report (the middle one among reports of
 * that day). Parties to the fighting that disagree with independent reporters are kept as contested and
 * left out of the range; they make the range only when no one else gives a figure.
 */
export function figureRange(claims: readonly IncidentClaim[]): FigureRange | null {
  const latest = new Map<string, IncidentClaim>();
  for (const claim of claims) {
    if (claim.value === null) continue;
    const key = claim.reporter.toLowerCase();
    const held = latest.get(key);
    if (!held || later(claim, held)) latest.set(key, claim);
  }
  const current = [...latest.values()];
  if (current.length === 0) return null;
  const independent = current.filter((c) => c.reporter_type !== PARTY);
  const basis = independent.length > 0 ? independent : current;
  const values = basis.map((c) => c.value!);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const newest = Math.max(...basis.map((c) => publishedOrder(c)));
  const ofNewest = basis.filter((c) => publishedOrder(c) === newest).map((c) => c.value!).sort((x, y) => x - y);
  const best = ofNewest[Math.floor((ofNewest.length - 1) / 2)]!;
  const parties = current.filter((c) => c.reporter_type === PARTY);
  const contested = independent.length > 0 ? parties.filter((c) => c.value! < low || c.value! > high) : distinctValues(parties) > 1 ? parties : [];
  return { low: Math.round(low), best: Math.round(best), high: Math.round(high), contested: contested.map((c) => ({ reporter: c.reporter, value: c.value! })) };
}

function later(a: IncidentClaim, b: IncidentClaim): boolean {
  const pa = a.published ?? '';
  const pb = b.published ?? '';
  if (pa !== pb) return pa > pb;
  // Within one day's reports the larger figure is the later count: tolls rise, they are rarely revised down the same day.
  return (a.value ?? 0) > (b.value ?? 0);
}

function publishedOrder(c: IncidentClaim): number {
  return c.published === null ? 0 : Date.parse(c.published);
}

function distinctValues(claims: readonly IncidentClaim[]): number {
  return new Set(claims.map((c) => c.value)).size;
}

export function figureRanges(claims: readonly IncidentClaim[]): Record<string, FigureRange> {
  const ranges: Record<string, FigureRange> = {};
  for (const field of FIGURE_FIELDS) {
    const range = figureRange(claims.filter((c) => c.field === field));
    if (range) ranges[field] = range;
  }
  return ranges;
}
