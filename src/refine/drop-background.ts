import type { EventRecord } from '../core/event.ts';
import type { Refiner } from '../core/pipeline.ts';

const BACKGROUND_DAYS = 30;
/** "a civil war since 2014": a span reaching back this far without a figure is history, not an incident. */
const HISTORY_DAYS = 365;

function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}

/**
 * Reports recall old history in passing ("a zone declared last September", "held since 2013"). An incident with
 * no figures that began over a year before publication, or dated only to a month or wider and over a month
 * back, is background, not something to code.
 */
function isBackground(e: EventRecord, published: string | null): boolean {
  if (e.kind !== 'incident' || !published || !e.date_end || !e.date_start || hasFigures(e)) return false;
  // "Yemen has been at war since 2014": no incident spans years.
  if (daysBetween(e.date_start, e.date_end) > HISTORY_DAYS) return true;
  return e.time_precision === 3 && (daysBetween(e.date_end, published) > BACKGROUND_DAYS || daysBetween(e.date_start, published) > HISTORY_DAYS);
}

function hasFigures(e: EventRecord): boolean {
  return e.killed_best !== null || e.wounded_best !== null || e.displaced !== null || Object.keys(e.counts).length > 0;
}

/**
 * "the first barrel bombs since the agreement took effect on 17 September 2018": beside the news of the day, a
 * day months back with nothing counted is recalled, not reported.
 */
function isRecalled(e: EventRecord, published: string | null, news: boolean): boolean {
  if (!news || e.kind !== 'incident' || !published || !e.date_end) return false;
  // "The war began in 2014 when the Houthis seized Sanaa; tens of thousands have died": history, figures and all.
  if (daysBetween(e.date_end, published) > HISTORY_DAYS) return true;
  return !hasFigures(e) && daysBetween(e.date_end, published) > BACKGROUND_DAYS;
}

export const dropBackground: Refiner = {
  name: 'drop-background',
  refine(ctx, state) {
    const published = ctx.doc.published;
    const news = published !== null && state.events.some((e) => e.date_end !== null && daysBetween(e.date_end, published) <= BACKGROUND_DAYS);
    const kept = state.events.filter((e) => {
      const drop = isBackground(e, published) || isRecalled(e, published, news);
      if (drop) ctx.trace.note('drop-background', () => `dropped ${e.id}: background, dated ${e.date_start}..${e.date_end}`);
      return !drop;
    });
    return kept.length === state.events.length ? state : { ...state, events: kept };
  },
};
