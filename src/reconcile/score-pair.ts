import type { Reason } from '../core/incident.ts';
import type { Feature, ReconcileItem } from './reconcile-item.ts';
import { dateFeature, placeFeature, typeFeature } from './when-where-what.ts';
import { actorFeature, figureFeature, wordingFeature } from './who-and-how-many.ts';

/** The score at which two reports are taken to describe one happening. */
export const MATCH_THRESHOLD = 3.5;

export interface PairScore {
  readonly score: number;
  /** A feature ruled the pair out, or both events come from one document (extraction already told them apart). */
  readonly vetoed: boolean;
  readonly reasons: readonly Reason[];
}

/** Every feature of a pair with its weight: the decision and the reasons it was made for. */
export function scorePair(a: ReconcileItem, b: ReconcileItem): PairScore {
  if (a.event.doc_id === b.event.doc_id) {
    return { score: 0, vetoed: true, reasons: [{ feature: 'document', weight: 0, detail: 'one report, two events' }] };
  }
  if (a.event.kind !== b.event.kind) {
    return { score: 0, vetoed: true, reasons: [{ feature: 'kind', weight: 0, detail: 'an aggregate is never one incident' }] };
  }
  const features: Feature[] = [];
  for (const feature of [dateFeature(a, b), placeFeature(a.event, b.event), typeFeature(a.event, b.event)]) {
    features.push(feature);
    // A ruled-out pair needs no more work: most candidate pairs end here.
    if (feature.veto) return summarise(features);
  }
  features.push(actorFeature(a.event, b.event), figureFeature(a, b), wordingFeature(a, b));
  return summarise(features);
}

function summarise(features: readonly Feature[]): PairScore {
  const score = Math.round(features.reduce((sum, f) => sum + f.weight, 0) * 100) / 100;
  return {
    score,
    vetoed: features.some((f) => f.veto === true),
    reasons: features.map(({ feature, weight, detail }) => ({ feature, weight, detail })),
  };
}

export function isMatch(pair: PairScore): boolean {
  return !pair.vetoed && pair.score >= MATCH_THRESHOLD;
}
