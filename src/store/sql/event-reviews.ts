import type { EventRecord } from '../../core/event.ts';
import { applyCorrection } from '../review/apply-correction.ts';
import type { ReviewChanges } from '../review/review.ts';
import type { SqlExecutor } from './sql-connection.ts';

const CHUNK = 500;

interface ReviewRow {
  readonly event_id: string;
  readonly field: string;
  readonly value_json: string;
  readonly actor: string;
}

/**
 * The events as an automatic run made them, with every value an analyst reviewed put back: a later run
 * (a new version of the document, a re-extraction) never overwrites a review. A review that no longer
 * fits the new record (say, a sub-type of a type the run changed) is left out for that event, not forced.
 */
export async function withReviews(tx: SqlExecutor, events: readonly EventRecord[]): Promise<readonly EventRecord[]> {
  if (events.length === 0) return events;
  const rows: ReviewRow[] = [];
  for (let start = 0; start < events.length; start += CHUNK) {
    const ids = events.slice(start, start + CHUNK).map((e) => e.id);
    rows.push(...(await tx.all<ReviewRow>(`SELECT event_id, field, value_json, actor FROM event_reviews WHERE event_id IN (${ids.map(() => '?').join(', ')})`, ids)));
  }
  if (rows.length === 0) return events;
  const byEvent = new Map<string, ReviewRow[]>();
  for (const row of rows) byEvent.set(row.event_id, [...(byEvent.get(row.event_id) ?? []), row]);
  return events.map((event) => {
    const reviews = byEvent.get(event.id);
    if (!reviews) return event;
    const changes = Object.fromEntries(reviews.map((r) => [r.field, JSON.parse(r.value_json) as unknown])) as ReviewChanges;
    try {
      return applyCorrection(event, changes, reviews[reviews.length - 1]!.actor).event;
    } catch {
      return event;
    }
  });
}
