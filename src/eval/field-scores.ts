import type { EventRecord } from '../core/event.ts';
import { goldRange, predictedRange, sameRange } from './date-range.ts';
import { distanceKm, pointOf } from './distance.ts';
import type { GoldEvent } from './gold-schema.ts';
import { sameName } from './name-key.ts';
import { reportersCovered } from './reporter-match.ts';

/**
 * The field table of eval/README.md: one rule per scored field. A rule returns null when the gold leaves
 * the field out (the coder could not determine it), so it is not scored for that pair.
 */

export interface FieldOutcome {
  readonly field: FieldName;
  readonly right: boolean;
  readonly gold: unknown;
  readonly predicted: unknown;
}

interface FieldRule {
  readonly field: string;
  readonly score: (gold: GoldEvent, predicted: EventRecord) => Omit<FieldOutcome, 'field'> | null;
}

const AGGREGATE_DATE_TOLERANCE_DAYS = 10;
const COORDINATE_TOLERANCE_KM = 10;
// With these qualifiers the stated figure is a floor, which the predicted low must carry.
const FLOOR_QUALIFIERS = new Set(['more than', 'at least', 'over']);

function outcome(gold: unknown, predicted: unknown, right: boolean): Omit<FieldOutcome, 'field'> {
  return { gold, predicted, right };
}

function equalCount(gold: number | undefined, predicted: number | null): Omit<FieldOutcome, 'field'> | null {
  return gold === undefined ? null : outcome(gold, predicted, predicted === gold);
}

function scoreKilled(gold: GoldEvent, predicted: EventRecord): Omit<FieldOutcome, 'field'> | null {
  if (gold.killed !== undefined) {
    const value = predicted.killed_best ?? predicted.fatalities;
    return outcome(gold.killed, value, value === gold.killed);
  }
  if (gold.killed_low !== undefined) {
    // A floor without a floor qualifier ("about 40" coded as low) is still compared with the predicted low.
    const label = FLOOR_QUALIFIERS.has(gold.killed_qualifier ?? '') ? gold.killed_qualifier : 'low';
    return outcome(`${label} ${gold.killed_low}`, predicted.killed_low, predicted.killed_low === gold.killed_low);
  }
  return null;
}

const RULES = [
  {
    field: 'event_type',
    score: (g, p) => (g.event_type === undefined ? null : outcome(g.event_type, p.event_type, p.event_type === g.event_type)),
  },
  {
    field: 'sub_event_type',
    score: (g, p) =>
      g.sub_event_type === undefined
        ? null
        : outcome(g.sub_event_type, p.sub_event_type, p.sub_event_type !== null && g.sub_event_type.includes(p.sub_event_type)),
  },
  { field: 'killed', score: scoreKilled },
  { field: 'wounded', score: (g, p) => equalCount(g.wounded, p.wounded_best) },
  { field: 'killed_children', score: (g, p) => equalCount(g.killed_children, p.killed_children) },
  { field: 'killed_women', score: (g, p) => equalCount(g.killed_women, p.killed_women) },
  { field: 'killed_civilians', score: (g, p) => equalCount(g.killed_civilians, p.killed_civilians) },
  { field: 'displaced', score: (g, p) => equalCount(g.displaced, p.displaced) },
  {
    field: 'date',
    score: (g, p) => {
      const gold = goldRange(g);
      if (!gold) return null;
      const predicted = predictedRange(p);
      const tolerance = g.kind === 'aggregate' ? AGGREGATE_DATE_TOLERANCE_DAYS : 0;
      return outcome(gold, predicted, predicted !== null && sameRange(predicted, gold, tolerance));
    },
  },
  { field: 'admin1', score: (g, p) => (g.admin1 ? outcome(g.admin1, p.admin1, sameName(g.admin1, p.admin1)) : null) },
  { field: 'admin2', score: (g, p) => (g.admin2 ? outcome(g.admin2, p.admin2, sameName(g.admin2, p.admin2)) : null) },
  {
    field: 'location',
    score: (g, p) => (g.location ? outcome(g.location, p.location, sameName(g.location, p.location)) : null),
  },
  {
    field: 'coordinates',
    score: (g, p) => {
      const gold = pointOf(g);
      if (!gold || g.geo_precision !== 'town') return null;
      const predicted = pointOf(p);
      return outcome(gold, predicted, predicted !== null && distanceKm(gold, predicted) <= COORDINATE_TOLERANCE_KM);
    },
  },
  {
    field: 'inter1',
    score: (g, p) => (g.actor1_inter ? outcome(g.actor1_inter, p.inter1, p.inter1 !== null && g.actor1_inter.includes(p.inter1)) : null),
  },
  {
    field: 'inter2',
    score: (g, p) => (g.actor2_inter ? outcome(g.actor2_inter, p.inter2, p.inter2 !== null && g.actor2_inter.includes(p.inter2)) : null),
  },
  {
    field: 'reported_by',
    // An empty gold list says no reporter is named; "every gold reporter appears" would be vacuously
    // true for any prediction, so it is not scored rather than counted right for free.
    score: (g, p) =>
      g.reported_by && g.reported_by.length > 0
        ? outcome(g.reported_by, p.reported_by, reportersCovered(g.reported_by, p.reported_by))
        : null,
  },
] as const satisfies readonly FieldRule[];

export type FieldName = (typeof RULES)[number]['field'];

/** Every field, in the order reports print them. */
export const SCORED_FIELDS: readonly FieldName[] = RULES.map((rule) => rule.field);

/** The scored fields of one matched pair. */
export function scoreFields(gold: GoldEvent, predicted: EventRecord): FieldOutcome[] {
  const outcomes: FieldOutcome[] = [];
  for (const rule of RULES as readonly FieldRule[]) {
    const result = rule.score(gold, predicted);
    if (result) outcomes.push({ field: rule.field as FieldName, ...result });
  }
  return outcomes;
}
