import type { EventRecord } from '../core/event.ts';
import type { AcledRow } from './acled-row.ts';
import { distanceKm, pointOf } from './distance.ts';
import { sameName } from './name-key.ts';

/**
 * The ACLED-notes evaluation: one ACLED row is one document (its notes) with one gold event (its columns).
 *
 * Which prediction is compared: the first event of kind `incident`. ACLED codes one event per row, and the
 * notes lead with it; aggregates (tallies) are never ACLED rows. A row with no incident predicted scores
 * wrong on every field and is counted apart, so "found nothing" and "found it wrongly" stay distinguishable.
 */

export const ACLED_FIELDS = [
  'event_type',
  'sub_event_type',
  'fatalities',
  'admin1',
  'admin2',
  'date',
  'inter1',
  'inter2',
  'country',
  'location',
  'coordinates',
] as const;

export type AcledField = (typeof ACLED_FIELDS)[number];

/** The targets; fields without one are reported for information. */
export const ACLED_TARGETS: Readonly<Partial<Record<AcledField, number>>> = {
  event_type: 0.9,
  sub_event_type: 0.8,
  fatalities: 0.96,
  admin1: 0.85,
  date: 0.97,
  inter1: 0.75,
};

const COORDINATE_TOLERANCE_KM = 10;

export interface AcledOutcome {
  readonly field: AcledField;
  readonly right: boolean;
  readonly gold: unknown;
  readonly predicted: unknown;
}

export interface AcledRowScore {
  readonly id: string;
  /** The compared event's id, or null when no incident was predicted. */
  readonly eventId: string | null;
  readonly events: number;
  readonly outcomes: readonly AcledOutcome[];
}

export function pickAcledEvent(events: readonly EventRecord[]): EventRecord | null {
  return events.find((event) => event.kind === 'incident') ?? null;
}

export function scoreAcledRow(row: AcledRow, events: readonly EventRecord[]): AcledRowScore {
  const event = pickAcledEvent(events);
  const outcomes: AcledOutcome[] = [];
  const add = (field: AcledField, gold: unknown, predicted: unknown, right: boolean): void => {
    outcomes.push({ field, gold, predicted, right: event !== null && right });
  };
  const p = event;
  if (row.event_type !== null) add('event_type', row.event_type, p?.event_type ?? null, p?.event_type === row.event_type);
  if (row.sub_event_type !== null) add('sub_event_type', row.sub_event_type, p?.sub_event_type ?? null, p?.sub_event_type === row.sub_event_type);
  // ACLED writes 0 when no death is reported, so an event with no figure is compared as 0.
  const fatalities = p ? (p.fatalities ?? 0) : null;
  add('fatalities', row.fatalities, fatalities, fatalities === row.fatalities);
  if (row.admin1 !== null) add('admin1', row.admin1, p?.admin1 ?? null, sameName(row.admin1, p?.admin1));
  if (row.admin2 !== null) add('admin2', row.admin2, p?.admin2 ?? null, sameName(row.admin2, p?.admin2));
  const date = p ? (p.event_date ?? p.date_start) : null;
  add('date', row.event_date, date, date === row.event_date);
  add('inter1', row.inter1, p?.inter1 ?? null, p?.inter1 === row.inter1);
  // ACLED's 0 is "no second actor", which a prediction states as null.
  const inter2 = p ? (p.inter2 ?? 0) : null;
  add('inter2', row.inter2, inter2, inter2 === row.inter2);
  add('country', row.country, p?.country ?? null, sameName(row.country, p?.country));
  if (row.location !== null) add('location', row.location, p?.location ?? null, sameName(row.location, p?.location));
  const goldPoint = pointOf(row);
  if (row.geo_precision === 1 && goldPoint) {
    const predictedPoint = p ? pointOf(p) : null;
    const right = predictedPoint !== null && distanceKm(goldPoint, predictedPoint) <= COORDINATE_TOLERANCE_KM;
    add('coordinates', goldPoint, predictedPoint, right);
  }
  return { id: row.event_id_cnty, eventId: event?.id ?? null, events: events.length, outcomes };
}
