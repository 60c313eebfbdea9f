import type { Grade } from '../core/incident.ts';
import { DENIAL, RESPONSIBILITY } from './event-words.ts';
import type { ReconcileItem } from './reconcile-item.ts';

/** Actors coders cannot hold responsible for anything: their differing does not contest who did it. */
const UNNAMED = /^(civilians|rioters|protesters|unidentified|unknown)\b/i;

export interface GradeResult {
  readonly grade: Grade;
  readonly reasons: string[];
}

/**
 * The Airwars grade: confirmed when a belligerent accepts responsibility; contested when reports name
 * different perpetrators or a party denies; fair with two or more independent sources; weak with one.
 * Discounted is a person's judgement, never an automatic one.
 */
export function gradeIncident(items: readonly ReconcileItem[], sources: readonly string[]): GradeResult {
  const reasons: string[] = [];
  if (items.some((item) => item.words.includes(RESPONSIBILITY))) {
    reasons.push('a report says responsibility was claimed or accepted');
    return { grade: 'confirmed', reasons };
  }
  const perpetrators = new Map<string, string>();
  for (const { event } of items) {
    if (event.actor1 === null || UNNAMED.test(event.actor1)) continue;
    if (!perpetrators.has(event.actor1)) perpetrators.set(event.actor1, event.doc_id);
  }
  const named = [...perpetrators.keys()];
  const docsNaming = new Set(perpetrators.values());
  if (named.length > 1 && docsNaming.size > 1) {
    reasons.push(`reports name different perpetrators: ${named.join(' / ')}`);
    return { grade: 'contested', reasons };
  }
  if (items.some((item) => item.words.includes(DENIAL))) {
    reasons.push('a report carries a denial');
    return { grade: 'contested', reasons };
  }
  if (sources.length >= 2) {
    reasons.push(`${sources.length} independent sources: ${sources.join(', ')}`);
    return { grade: 'fair', reasons };
  }
  reasons.push(`a single source: ${sources[0] ?? 'unknown'}`);
  return { grade: 'weak', reasons };
}
