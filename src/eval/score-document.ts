import type { EventRecord } from '../core/event.ts';
import type { Gold } from './gold-schema.ts';
import { matchEvents, type MatchedPair } from './match-events.ts';

/** One document's score: matched pairs with their field outcomes, and the event counts behind P/R/F1. */
export interface DocumentScore {
  readonly doc: string;
  readonly pairs: readonly MatchedPair[];
  readonly predicted: number;
  /** Required gold events matched. */
  readonly truePositives: number;
  /** Predicted events matching no gold event (a match with an optional gold event is not one). */
  readonly falsePositives: number;
  /** Required gold events left unmatched. */
  readonly falseNegatives: number;
  readonly missed: readonly string[];
  readonly spurious: readonly string[];
  /** Optional gold events a prediction matched: neither hits nor false positives. */
  readonly optionalMatched: readonly string[];
}

export function scoreDocument(gold: Gold, predicted: readonly EventRecord[]): DocumentScore {
  const pairs = matchEvents(gold.events, predicted);
  const matchedGold = new Set(pairs.map((pair) => pair.gold));
  const matchedPredicted = new Set(pairs.map((pair) => pair.predicted));
  const required = gold.events.filter((event) => event.required);
  const missed = required.filter((event) => !matchedGold.has(event)).map((event) => event.id);
  const spurious = predicted.filter((event) => !matchedPredicted.has(event)).map((event) => event.id);
  return {
    doc: gold.doc,
    pairs,
    predicted: predicted.length,
    truePositives: required.length - missed.length,
    falsePositives: spurious.length,
    falseNegatives: missed.length,
    missed,
    spurious,
    optionalMatched: pairs.filter((pair) => !pair.gold.required).map((pair) => pair.gold.id),
  };
}
