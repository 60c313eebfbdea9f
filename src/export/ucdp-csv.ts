import type { EventRecord } from '../core/event.ts';
import { csvLine, type CsvValue } from './csv-line.ts';

/** UCDP GED's columns, in GED's order. Columns sitrep cannot know (UCDP's own conflict and dyad ids) stay empty. */
export const UCDP_COLUMNS = [
  'id', 'relid', 'year', 'active_year', 'code_status', 'type_of_violence', 'conflict_dset_id', 'conflict_new_id',
  'conflict_name', 'dyad_dset_id', 'dyad_new_id', 'dyad_name', 'side_a_dset_id', 'side_a_new_id', 'side_a',
  'side_b_dset_id', 'side_b_new_id', 'side_b', 'number_of_sources', 'source_article', 'source_office', 'source_date',
  'source_headline', 'source_original', 'where_prec', 'where_coordinates', 'where_description', 'adm_1', 'adm_2',
  'latitude', 'longitude', 'geom_wkt', 'priogrid_gid', 'country', 'country_id', 'region', 'event_clarity',
  'date_prec', 'date_start', 'date_end', 'deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown',
  'best', 'high', 'low', 'gwnoa', 'gwnob',
] as const;

const DAY_MS = 86_400_000;

/**
 * UCDP's type of violence: 3 one-sided (against civilians), 1 state-based when a state is a side,
 * 2 non-state otherwise. Demonstrations and strategic developments are not in GED's scope: empty.
 */
export function typeOfViolence(e: EventRecord): number | null {
  if (e.event_type === 'Violence against civilians') return 3;
  if (e.event_type !== 'Battles' && e.event_type !== 'Explosions/Remote violence') return null;
  if (e.inter2 === 7) return 3;
  return e.inter1 === 1 || e.inter2 === 1 ? 1 : 2;
}

/** GED's date precision from the width of the date range: 1 one day, 2 up to 6 days, 3 a week, 4 a month, 5 longer. */
export function datePrecision(start: string | null, end: string | null): number | null {
  if (start === null) return null;
  const days = Math.round((Date.parse(end ?? start) - Date.parse(start)) / DAY_MS);
  if (days <= 0) return 1;
  if (days <= 5) return 2;
  if (days <= 7) return 3;
  if (days <= 31) return 4;
  return 5;
}

export function ucdpRow(e: EventRecord): CsvValue[] {
  const best = e.killed_best ?? e.fatalities ?? 0;
  const civilians = Math.min(e.killed_civilians ?? 0, best);
  const hasPoint = e.latitude !== null && e.longitude !== null;
  const values: Record<(typeof UCDP_COLUMNS)[number], CsvValue> = {
    id: e.id,
    relid: e.doc_id,
    year: (e.date_start ?? e.event_date)?.slice(0, 4),
    active_year: null,
    code_status: null,
    type_of_violence: typeOfViolence(e),
    conflict_dset_id: null,
    conflict_new_id: null,
    conflict_name: null,
    dyad_dset_id: null,
    dyad_new_id: null,
    dyad_name: e.actor1 && e.actor2 ? `${e.actor1} - ${e.actor2}` : null,
    side_a_dset_id: null,
    side_a_new_id: null,
    side_a: e.actor1,
    side_b_dset_id: null,
    side_b_new_id: null,
    side_b: e.actor2,
    number_of_sources: Math.max(1, e.reported_by.length),
    source_article: e.source,
    source_office: e.source,
    source_date: null,
    source_headline: null,
    source_original: e.reported_by.join('; ') || null,
    where_prec: e.where_prec,
    where_coordinates: e.location ?? e.admin2 ?? e.admin1,
    where_description: [e.location, e.admin2, e.admin1].filter(Boolean).join(', ') || null,
    adm_1: e.admin1,
    adm_2: e.admin2,
    latitude: e.latitude,
    longitude: e.longitude,
    geom_wkt: hasPoint ? `POINT (${e.longitude} ${e.latitude})` : null,
    priogrid_gid: null,
    country: e.country,
    country_id: null,
    region: null,
    // GED's 2 marks figures from summary reporting, which is what an aggregate is.
    event_clarity: e.kind === 'aggregate' ? 2 : 1,
    date_prec: datePrecision(e.date_start, e.date_end),
    date_start: e.date_start,
    date_end: e.date_end,
    deaths_a: null,
    deaths_b: null,
    deaths_civilians: civilians,
    deaths_unknown: best - civilians,
    best,
    high: Math.max(e.killed_high ?? best, best),
    low: Math.min(e.killed_low ?? best, best),
    gwnoa: null,
    gwnob: null,
  };
  return UCDP_COLUMNS.map((column) => values[column]);
}

export const ucdpCsv = {
  begin: (): string => csvLine(UCDP_COLUMNS),
  item: (e: EventRecord): string => csvLine(ucdpRow(e)),
  end: (): string => '',
};
