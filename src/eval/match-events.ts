import type { EventRecord } from '../core/event.ts';
import { goldRange, overlapsWithin, predictedRange } from './date-range.ts';
import { distanceKm, pointOf } from './distance.ts';
import { scoreFields, type FieldOutcome } from './field-scores.ts';
import type { GoldEvent } from './gold-schema.ts';
import { sameName } from './name-key.ts';

/** Matching predicted events to gold events within one document, as eval/README.md defines it. */

export interface MatchedPair {
  readonly gold: GoldEvent;
  readonly predicted: EventRecord;
  readonly fields: readonly FieldOutcome[];
}

const INCIDENT_SLACK_DAYS = 1;
const AGGREGATE_SLACK_DAYS = 10;
const SAME_PLACE_KM = 50;

/**
 * Could these two be the same event? Same kind, overlapping dates, compatible place. A side with no
 * date or no admin1 does not rule a pair out: the rules only demand agreement where both say something.
 */
export function canMatch(gold: GoldEvent, predicted: EventRecord): boolean {
  if (gold.kind !== predicted.kind) return false;
  const goldDates = goldRange(gold);
  const predictedDates = predictedRange(predicted);
  if (goldDates && predictedDates) {
    const slack = gold.kind === 'aggregate' ? AGGREGATE_SLACK_DAYS : INCIDENT_SLACK_DAYS;
    if (!overlapsWithin(predictedDates, goldDates, slack)) return false;
  }
  return samePlace(gold, predicted);
}

function samePlace(gold: GoldEvent, predicted: EventRecord): boolean {
  if (!gold.admin1 || predicted.admin1 === null) return true;
  if (sameName(gold.admin1, predicted.admin1)) return true;
  const goldPoint = pointOf(gold);
  const predictedPoint = pointOf(predicted);
  return goldPoint !== null && predictedPoint !== null && distanceKm(goldPoint, predictedPoint) <= SAME_PLACE_KM;
}

/**
 * Greedy one-to-one matching: candidate pairs ranked by how many scored fields agree, ties going to
 * required gold events, then to document order, so the result never depends on hash or sort instability.
 */
export function matchEvents(golds: readonly GoldEvent[], predicted: readonly EventRecord[]): MatchedPair[] {
  const candidates: { g: number; p: number; agree: number; fields: FieldOutcome[] }[] = [];
  golds.forEach((gold, g) => {
    predicted.forEach((event, p) => {
      if (!canMatch(gold, event)) return;
      const fields = scoreFields(gold, event);
      candidates.push({ g, p, fields, agree: fields.filter((f) => f.right).length });
    });
  });
  candidates.sort(
    (a, b) =>
      b.agree - a.agree ||
      Number(golds[b.g]!.required) - Number(golds[a.g]!.required) ||
      a.g - b.g ||
      a.p - b.p,
  );
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: { g: number; pair: MatchedPair }[] = [];
  for (const c of candidates) {
    if (usedGold.has(c.g) || usedPredicted.has(c.p)) continue;
    usedGold.add(c.g);
    usedPredicted.add(c.p);
    pairs.push({ g: c.g, pair: { gold: golds[c.g]!, predicted: predicted[c.p]!, fields: c.fields } });
  }
  return pairs.sort((a, b) => a.g - b.g).map((entry) => entry.pair);
}
