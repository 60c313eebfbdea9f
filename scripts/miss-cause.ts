// Development aid for scripts/place-misses.ts: a first guess at why one row's place is wrong, from what the
// gazetteer holds near the coders' point. The guess is a starting point for reading the row, not a verdict.
import { distanceKm, type Point } from '../src/eval/distance.ts';
import type { Gazetteer } from '../src/geo/gazetteer.ts';
import { matchesWithVariants } from '../src/geo/variant-matches.ts';

const NEAR_KM = 10;

export interface MissFacts {
  readonly goldName: string;
  readonly goldPoint: Point | null;
  readonly goldPrecision: number;
  readonly countryCode: string | null;
  readonly gotPoint: Point | null;
  readonly coordMiss: boolean;
}

export function missCause(gazetteer: Gazetteer, facts: MissFacts): string {
  const { goldName, goldPoint, gotPoint } = facts;
  if (goldPoint === null) return 'no coders\' point';
  if (gotPoint !== null && !facts.coordMiss && distanceKm(goldPoint, gotPoint) <= NEAR_KM) return 'district: the point is right, its district is not the coders\'';
  const candidates = matchesWithVariants(gazetteer, goldName, () => false)
    .filter((m) => facts.countryCode === null || m.place.countryCode === facts.countryCode)
    .map((m) => ({ m, km: distanceKm(goldPoint, m.place) }));
  const near = candidates.filter((c) => c.km <= NEAR_KM).sort((a, b) => a.km - b.km)[0];
  if (!near) {
    const spelt = candidates.length === 0 ? 'no place spelt so' : `${candidates.length} place(s) spelt so, none`;
    return `absent: ${spelt} within ${NEAR_KM} km of the coders' point${facts.goldPrecision > 1 ? ` (a precision-${facts.goldPrecision} row)` : ''}`;
  }
  const where = `"${near.m.place.name}" (${near.m.place.source}, spelling distance ${near.m.distance}) lies ${near.km.toFixed(1)} km from the coders' point`;
  return gotPoint === null ? `unresolved: ${where}` : `namesake chosen: ${where}`;
}
