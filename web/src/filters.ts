/**
 * The filters shared by the map, the timeline and the list, kept in the URL query string so that a view
 * can be shared by its address. Names and formats are those of `GET /api/events` (DESIGN.md).
 */

export const FILTER_KEYS = [
  'from', 'to', 'country', 'admin1', 'event_type', 'grade', 'actor', 'reporter', 'min_killed', 'q', 'kind',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Readonly<Partial<Record<FilterKey, string>>>;

/** Reads the filters from a query string; unknown parameters (e.g. `event` for the open detail) are left alone. */
export function readFilters(search: string): Filters {
  const params = new URLSearchParams(search);
  const filters: Partial<Record<FilterKey, string>> = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return filters;
}

/** The query string for the API: only the filters that are set, in a stable order. */
export function filterQuery(filters: Filters, extra: Readonly<Record<string, string>> = {}): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key]?.trim();
    if (value) params.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString();
}

/** The page's own query string: the filters, plus the other parameters already there (kept as they were). */
export function pageSearch(current: string, filters: Filters): string {
  const params = new URLSearchParams(current);
  for (const key of FILTER_KEYS) params.delete(key);
  const merged = new URLSearchParams(filterQuery(filters));
  for (const [key, value] of params) merged.set(key, value);
  const text = merged.toString();
  return text ? `?${text}` : '';
}

export function withFilter(filters: Filters, key: FilterKey, value: string | undefined): Filters {
  const next: Partial<Record<FilterKey, string>> = { ...filters };
  if (value === undefined || value.trim() === '') delete next[key];
  else next[key] = value.trim();
  return next;
}

/** What the map draws for a view: the marks (points, clusters, areas) and, apart, the tallies; null: none. */
export interface MapLayers {
  readonly points: Filters | null;
  readonly tallies: Filters | null;
}

/**
 * Tallies (kind `aggregate`: "430 killed in Idlib since April") sum many incidents over a period: drawn or
 * counted beside those incidents they would count the same deaths twice. So the map's marks and the
 * timeline show incidents unless the kind is chosen, and tallies are drawn apart, in a style of their
 * own, only when asked (`showTallies`) or chosen (`kind=aggregate`).
 */
export function mapLayers(filters: Filters, showTallies: boolean): MapLayers {
  if (filters.kind === 'aggregate') return { points: null, tallies: filters };
  if (filters.kind === 'incident') return { points: filters, tallies: null };
  return { points: { ...filters, kind: 'incident' }, tallies: showTallies ? { ...filters, kind: 'aggregate' } : null };
}

/** What the timeline counts: incidents, unless the kind is chosen (see `mapLayers`). */
export function timelineFilters(filters: Filters): Filters {
  return filters.kind ? filters : { ...filters, kind: 'incident' };
}
