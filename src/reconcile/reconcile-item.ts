import type { EventRecord } from '../core/event.ts';
import type { DocumentFacts } from '../core/incident.ts';

/** An event as reconciliation sees it: the record, what is known of its document, its distinctive words. */
export interface ReconcileItem {
  readonly event: EventRecord;
  readonly facts: DocumentFacts;
  readonly words: readonly string[];
}

/** One piece of evidence for (positive) or against (negative) two events reporting one happening. */
export interface Feature {
  readonly feature: string;
  readonly weight: number;
  readonly detail: string;
  /** Rules the pair out whatever else agrees: different countries, dates days apart. */
  readonly veto?: boolean;
}
