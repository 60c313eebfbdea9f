import { ACLED_FIELDS, ACLED_TARGETS, type AcledField, type AcledRowScore } from './score-acled.ts';
import { ratio } from './summarise-scores.ts';

export interface AcledFieldTally {
  readonly n: number;
  readonly right: number;
  readonly accuracy: number | null;
  /** Accuracy over rows where an incident was predicted: how good the reading is when it reads anything. */
  readonly nWithEvent: number;
  readonly accuracyWithEvent: number | null;
  readonly target: number | null;
  readonly meetsTarget: boolean | null;
}

export interface Confusion {
  readonly gold: string;
  readonly predicted: string;
  readonly count: number;
}

export interface AcledSummary {
  readonly rows: number;
  readonly rowsWithoutEvent: number;
  readonly fields: Readonly<Record<AcledField, AcledFieldTally>>;
  /** Wrong event types, gold -> predicted, most frequent first. */
  readonly eventTypeErrors: readonly Confusion[];
  readonly subEventTypeErrors: readonly Confusion[];
}

const NO_EVENT = '(no event)';

export function summariseAcled(scores: readonly AcledRowScore[]): AcledSummary {
  const tallies = new Map<AcledField, { n: number; right: number; nWithEvent: number; rightWithEvent: number }>(
    ACLED_FIELDS.map((f) => [f, { n: 0, right: 0, nWithEvent: 0, rightWithEvent: 0 }]),
  );
  const typeErrors = new Map<string, Confusion>();
  const subTypeErrors = new Map<string, Confusion>();
  for (const score of scores) {
    const hasEvent = score.eventId !== null;
    for (const outcome of score.outcomes) {
      const tally = tallies.get(outcome.field)!;
      tally.n += 1;
      if (outcome.right) tally.right += 1;
      if (hasEvent) {
        tally.nWithEvent += 1;
        if (outcome.right) tally.rightWithEvent += 1;
      }
      if (!outcome.right && outcome.field === 'event_type') countError(typeErrors, outcome.gold, outcome.predicted, hasEvent);
      if (!outcome.right && outcome.field === 'sub_event_type') countError(subTypeErrors, outcome.gold, outcome.predicted, hasEvent);
    }
  }
  const fields = Object.fromEntries(
    ACLED_FIELDS.map((f) => {
      const t = tallies.get(f)!;
      const accuracy = ratio(t.right, t.n);
      const target = ACLED_TARGETS[f] ?? null;
      const meetsTarget = target === null || accuracy === null ? null : accuracy >= target;
      return [f, { n: t.n, right: t.right, accuracy, nWithEvent: t.nWithEvent, accuracyWithEvent: ratio(t.rightWithEvent, t.nWithEvent), target, meetsTarget }];
    }),
  ) as Record<AcledField, AcledFieldTally>;
  return {
    rows: scores.length,
    rowsWithoutEvent: scores.filter((s) => s.eventId === null).length,
    fields,
    eventTypeErrors: sortedConfusions(typeErrors),
    subEventTypeErrors: sortedConfusions(subTypeErrors),
  };
}

function countError(errors: Map<string, Confusion>, gold: unknown, predicted: unknown, hasEvent: boolean): void {
  const goldName = String(gold);
  const predictedName = hasEvent ? (predicted === null ? '(none)' : String(predicted)) : NO_EVENT;
  const key = `${goldName}\u0000${predictedName}`;
  const earlier = errors.get(key);
  errors.set(key, { gold: goldName, predicted: predictedName, count: (earlier?.count ?? 0) + 1 });
}

function sortedConfusions(errors: ReadonlyMap<string, Confusion>): Confusion[] {
  return [...errors.values()].sort(
    (a, b) => b.count - a.count || a.gold.localeCompare(b.gold) || a.predicted.localeCompare(b.predicted),
  );
}
