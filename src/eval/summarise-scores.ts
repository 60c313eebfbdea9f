import { SCORED_FIELDS, type FieldName } from './field-scores.ts';
import type { DocumentScore } from './score-document.ts';

/** Totals over documents: what `sitrep eval` prints. Field scores count every matched pair. */

export interface FieldTally {
  readonly n: number;
  readonly right: number;
  /** null when nothing was scored: 0 of 0 is not a score of zero. */
  readonly accuracy: number | null;
}

export interface EventTally {
  readonly gold: number;
  readonly predicted: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
}

export interface EvalSummary {
  readonly documents: number;
  readonly fields: Readonly<Record<FieldName, FieldTally>>;
  readonly events: EventTally;
}

export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export function summariseScores(scores: readonly DocumentScore[]): EvalSummary {
  const counts = new Map<FieldName, { n: number; right: number }>(SCORED_FIELDS.map((f) => [f, { n: 0, right: 0 }]));
  for (const score of scores) {
    for (const pair of score.pairs) {
      for (const outcome of pair.fields) {
        const tally = counts.get(outcome.field)!;
        tally.n += 1;
        if (outcome.right) tally.right += 1;
      }
    }
  }
  const fields = Object.fromEntries(
    SCORED_FIELDS.map((f) => {
      const { n, right } = counts.get(f)!;
      return [f, { n, right, accuracy: ratio(right, n) }];
    }),
  ) as Record<FieldName, FieldTally>;

  const tp = scores.reduce((sum, s) => sum + s.truePositives, 0);
  const fp = scores.reduce((sum, s) => sum + s.falsePositives, 0);
  const fn = scores.reduce((sum, s) => sum + s.falseNegatives, 0);
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 =
    precision === null || recall === null ? null : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    documents: scores.length,
    fields,
    events: {
      gold: tp + fn,
      predicted: scores.reduce((sum, s) => sum + s.predicted, 0),
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      precision,
      recall,
      f1,
    },
  };
}
