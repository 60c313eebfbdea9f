import type { EventRecord } from '../core/event.ts';
import type { EventType } from '../core/taxonomy.ts';
import { csvLine, type CsvValue } from './csv-line.ts';
import { isoNumericOf } from './iso-numeric.ts';

/** ACLED's export columns, in ACLED's order. */
export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
] as const;

const DISORDER: Readonly<Record<EventType, string>> = {
  Battles: 'Political violence',
  'Explosions/Remote violence': 'Political violence',
  'Violence against civilians': 'Political violence',
  Protests: 'Demonstrations',
  Riots: 'Political violence',
  'Strategic developments': 'Strategic developments',
};

/** ACLED files violent demonstrations under demonstrations, other riots (mob violence) under political violence. */
function disorderType(e: EventRecord): string | null {
  if (e.sub_event_type === 'Violent demonstration') return 'Demonstrations';
  return e.event_type === null ? null : DISORDER[e.event_type];
}

/** The two inter codes as one number, lower first; an actor alone is its code times ten. */
export function interactionCode(inter1: number | null, inter2: number | null): number | null {
  if (inter1 === null) return null;
  if (inter2 === null || inter2 === 0) return inter1 * 10;
  return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
}

/**
 * ACLED counts the lowest reported figure and 0 when none is known: our `fatalities` already follows that
 * rule; failing it, the lowest of our figures.
 */
export function conservativeFatalities(e: EventRecord): number {
  return e.fatalities ?? e.killed_low ?? e.killed_best ?? 0;
}

export function acledRow(e: EventRecord): CsvValue[] {
  const civilianTarget = e.event_type === 'Violence against civilians' || (e.event_type === 'Explosions/Remote violence' && e.inter2 === 7);
  const values: Record<(typeof ACLED_COLUMNS)[number], CsvValue> = {
    event_id_cnty: e.id,
    event_date: e.event_date,
    year: e.event_date?.slice(0, 4),
    time_precision: e.time_precision,
    disorder_type: disorderType(e),
    event_type: e.event_type,
    sub_event_type: e.sub_event_type,
    actor1: e.actor1,
    assoc_actor_1: null,
    inter1: e.inter1,
    actor2: e.actor2,
    assoc_actor_2: null,
    inter2: e.inter2 ?? (e.inter1 === null ? null : 0),
    interaction: interactionCode(e.inter1, e.inter2),
    civilian_targeting: civilianTarget ? 'Civilian targeting' : null,
    iso: isoNumericOf(e.iso3),
    region: null,
    country: e.country,
    admin1: e.admin1,
    admin2: e.admin2,
    admin3: e.admin3,
    location: e.location,
    latitude: e.latitude,
    longitude: e.longitude,
    geo_precision: e.geo_precision,
    source: [e.source, ...e.reported_by].filter((s, i, all): s is string => s !== null && all.indexOf(s) === i).join('; ') || null,
    source_scale: null,
    notes: e.notes,
    fatalities: conservativeFatalities(e),
    tags: null,
    timestamp: null,
  };
  return ACLED_COLUMNS.map((column) => values[column]);
}

export const acledCsv = {
  begin: (): string => csvLine(ACLED_COLUMNS),
  item: (e: EventRecord): string => csvLine(acledRow(e)),
  end: (): string => '',
};
