import type { EventCounts } from '../../src/api/routes/stats-routes.ts';
import type { MapUnit } from './api.ts';
import type { MapShown } from './map-view.ts';

/**
 * What the page says it counts, in words: how many events the filters match (the list's total, tallies
 * among them) apart from what the map draws (incidents' reports or incidents, and tallies only when asked).
 */

const formatCount = (n: number): string => n.toLocaleString('en');
const tallies = (n: number): string => `${formatCount(n)} ${n === 1 ? 'tally' : 'tallies'}`;

export function describeMatches(counts: EventCounts): string {
  const { incident, aggregate } = counts.by_kind;
  return `${formatCount(counts.events)} events match${aggregate ? ` (${formatCount(incident)} incident reports, ${tallies(aggregate)})` : ''}`;
}

export function describeMap(shown: MapShown, unit: MapUnit): string {
  const { points, tallies: drawn } = shown;
  const parts = [
    points && `${formatCount(points.count)} ${unit === 'incident' ? 'incidents' : 'incident reports'} on the map`,
    points?.unplaced ? `${formatCount(points.unplaced)} without a place, not drawn` : null,
    drawn ? `${tallies(drawn.count)} drawn as double rings` : 'tallies not drawn',
  ];
  return `${parts.filter(Boolean).join('; ')}.`;
}
