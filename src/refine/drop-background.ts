import type { EventRecord } from '../core/event.ts';
import type { Refiner } from '../core/pipeline.ts';

const BACKGROUND_DAYS = 30;
/** "a civil war since 2014": a span reaching back this far without a figure is history, not an incident. */
const HISTORY_DAYS = 365;

function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}

/**
 * Reports recall old history in passing ("a zone declared last September"). An incident with no figures, dated
 * only to a month or wider, and over a month before publication is background, not something to code.
 */
function isBackground(e: EventRecord, published: string | null): boolean {
  if (e.kind !== 'incident' || !published || !e.date_end || !e.date_start || e.time_precision !== 3) return false;
  const figures = e.killed_best !== null || e.wounded_best !== null || e.displaced !== null || Object.keys(e.counts).length > 0;
  return !figures && (daysBetween(e.date_end, published) > BACKGROUND_DAYS || daysBetween(e.date_start, published) > HISTORY_DAYS);
}

export const dropBackground: Refiner = {
  name: 'drop-background',
  refine(ctx, state) {
    const kept = state.events.filter((e) => {
      const drop = isBackground(e, ctx.doc.published);
      if (drop) ctx.trace.note('drop-background', () => `dropped ${e.id}: no figures, dated ${e.date_start}..${e.date_end}`);
      return !drop;
    });
    return kept.length === state.events.length ? state : { ...state, events: kept };
  },
};
