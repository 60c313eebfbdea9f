import './styles.css';
import { exportUrl, fetchClusters, fetchCounts, fetchEvents, fetchTimeline, type MapUnit } from './api.ts';
import { describeMap, describeMatches } from './count-text.ts';
import { h } from './dom.ts';
import { colourOf, EVENT_TYPE_NAMES } from './event-colours.ts';
import { renderEventList, type EventPageLoader } from './event-list.ts';
import { filterForm } from './filter-form.ts';
import { mapLayers, pageSearch, readFilters, timelineFilters, withFilter, type Filters } from './filters.ts';
import { ingestPanel } from './ingest-panel.ts';
import { createMapView, type MapQuery } from './map-view.ts';
import { timelineInterval } from './timeline-series.ts';
import { stackOf, TOP_ACTORS, type Stack } from './timeline-stack.ts';
import { createTimelineView, type Measure } from './timeline-view.ts';

/**
 * The dashboard: filters (kept in the URL) drive the map, the timeline and the list together; an event
 * opens beside them. `document.body.dataset` carries the state tests and benchmarks wait on.
 *
 * MapLibre is most of the script: the map draws its first view without it and loads it afterwards (and the
 * detail panels are loaded when first opened), so that this part runs at once and asks for every view's data.
 */

performance.mark('script-start');
const byId = (id: string): HTMLElement => document.getElementById(id)!;
const TOKEN_KEY = 'sitrep.token';
const EXPORTS = [['acled', 'ACLED CSV'], ['ucdp', 'UCDP CSV'], ['geojson', 'GeoJSON'], ['jsonl', 'JSONL']] as const;

let filters: Filters = readFilters(location.search);
let measure: Measure = 'events';
let stack: Stack = stackOf(location.search);
const unitOf = (search: string): MapUnit => (new URLSearchParams(search).get('map') === 'incident' ? 'incident' : 'event');
let unit: MapUnit = unitOf(location.search);
const talliesOf = (search: string): boolean => new URLSearchParams(search).get('tallies') === '1';
let showTallies = talliesOf(location.search);
let generation = 0;
const token = (): string | null => sessionStorage.getItem(TOKEN_KEY);

const form = filterForm((next) => applyFilters(next));
byId('filters').append(form.element);
form.set(filters);

const tokenInput = byId('token') as HTMLInputElement;
tokenInput.value = token() ?? '';
tokenInput.addEventListener('change', () => (tokenInput.value ? sessionStorage.setItem(TOKEN_KEY, tokenInput.value.trim()) : sessionStorage.removeItem(TOKEN_KEY)));

byId('legend').append(...EVENT_TYPE_NAMES.map((t) => h('li', {}, h('span', { class: 'swatch', style: `background:${colourOf(t)}`, 'aria-hidden': 'true' }), t)),
  h('li', {}, h('span', { class: 'ring', 'aria-hidden': 'true' }), 'area only (admin unit or country)'),
  h('li', {}, h('span', { class: 'double-ring', 'aria-hidden': 'true' }), 'tally: a total over a period, not an incident'));
byId('ingest').append(ingestPanel(token, () => void refresh(), document.body, () => ((document.querySelector('details.ingest-panel') as HTMLDetailsElement).open = true)));
(byId('measure') as HTMLSelectElement).addEventListener('change', (e) => {
  measure = (e.target as HTMLSelectElement).value as Measure;
  void refresh();
});

const detail = byId('detail');
/** Opens an event or an incident beside the views, and keeps which one in the URL (`event=` or `incident=`). */
const openDetail = (kind: 'event' | 'incident', id: string, push = true): void => {
  if (push) {
    const params = new URLSearchParams(location.search);
    params.delete('event');
    params.delete('incident');
    params.set(kind, id);
    history.pushState(null, '', `?${params}`);
  }
  const shown = kind === 'event'
    ? import('./event-detail.ts').then(({ showEventDetail }) => showEventDetail(detail, id, token, () => void refresh(), closeEvent, (incident) => openDetail('incident', incident)))
    : import('./incident-detail.ts').then(({ showIncidentDetail }) => showIncidentDetail(detail, id, { token, openEvent: (e) => openEvent(e), openIncident: (i) => openDetail('incident', i), onChanged: () => void refresh(), onClose: closeEvent }));
  void shown.catch((error: Error) => detail.replaceChildren(h('p', { role: 'alert' }, `Could not open the ${kind}: ${error.message}`)));
};
const openEvent = (id: string, push = true): void => openDetail('event', id, push);
const closeEvent = (): void => {
  detail.hidden = true;
  const params = new URLSearchParams(location.search);
  params.delete('event');
  params.delete('incident');
  history.pushState(null, '', params.size ? `?${params}` : location.pathname);
};
/** A view switch (map unit, tallies, stacking) kept in the address beside the filters; null: its default. */
function keepInAddress(name: string, value: string | null): void {
  const params = new URLSearchParams(location.search);
  if (value === null) params.delete(name);
  else params.set(name, value);
  history.pushState(null, '', params.size ? `?${params}` : location.pathname);
}
const unitSelect = byId('map-unit') as HTMLSelectElement;
unitSelect.value = unit;
unitSelect.addEventListener('change', () => {
  unit = unitSelect.value === 'incident' ? 'incident' : 'event';
  keepInAddress('map', unit === 'incident' ? 'incident' : null);
  void refresh();
});
const stackSelect = byId('stack') as HTMLSelectElement;
stackSelect.value = stack;
stackSelect.addEventListener('change', () => {
  stack = stackSelect.value === 'actor' ? 'actor' : 'event_type';
  keepInAddress('stack', stack === 'actor' ? 'actor' : null);
  void refresh();
});
const talliesBox = byId('show-tallies') as HTMLInputElement;
talliesBox.checked = showTallies;
talliesBox.addEventListener('change', () => {
  showTallies = talliesBox.checked;
  keepInAddress('tallies', showTallies ? '1' : null);
  void refresh();
});
document.addEventListener('keydown', (e) => e.key === 'Escape' && !detail.hidden && closeEvent());

const timeline = createTimelineView(byId('timeline'), byId('timeline-legend'), {
  onBrush: (range) => applyFilters(withFilter(withFilter(filters, 'from', range.from), 'to', range.to)),
  onActor: (name) => applyFilters(withFilter(filters, 'actor', name)),
});
/** What the map is asked for now; a new object only when the filters or the unit change. */
let mapQuery: MapQuery = { layers: mapLayers(filters, showTallies), unit };
const map = createMapView(byId('map'), {
  openMark: (id) => openDetail(unit, id),
  openArea: (iso3, admin1) => applyFilters(withFilter(withFilter(filters, 'country', iso3), 'admin1', admin1 ?? undefined)),
});

function applyFilters(next: Filters): void {
  filters = next;
  form.set(filters);
  history.pushState(null, '', pageSearch(location.search, filters) || location.pathname);
  void refresh();
}

/** Events per list page: 100, or `page_size` from the address (1–1000). */
const PAGE = Math.min(1000, Math.max(1, Math.trunc(Number(new URLSearchParams(location.search).get('page_size'))) || 100));
/** The list's later pages, each asked for by the cursor the one before it gave. */
function pagesAfter(shown: Filters, cursor: string | null): EventPageLoader {
  return {
    next: cursor === null ? null : async () => {
      const page = await fetchEvents(shown, PAGE, cursor);
      return { events: page.events, next: pagesAfter(shown, page.next_cursor).next };
    },
  };
}

function renderExports(): void {
  byId('exports').replaceChildren(...EXPORTS.map(([format, label]) => h('li', {}, h('a', { href: exportUrl(filters, format), download: '' }, label))));
}

async function refresh(): Promise<void> {
  const mine = ++generation;
  const started = performance.now();
  document.body.dataset['state'] = 'loading';
  renderExports();
  const interval = timelineInterval(filters.from, filters.to, new Date().toISOString().slice(0, 10));
  const layers = mapLayers(filters, showTallies);
  if (JSON.stringify([layers, unit]) !== JSON.stringify([mapQuery.layers, mapQuery.unit])) mapQuery = { layers, unit };
  try {
    // Each view draws as soon as its own data is in; the page is ready when all of them are.
    const mark = (name: string) => (document.body.dataset[name] = String(Math.round(performance.now() - started)));
    const counts = fetchCounts(filters);
    await Promise.all([
      fetchTimeline(timelineFilters(filters), interval, stack, stack === 'actor' ? TOP_ACTORS : undefined)
        .then((columns) => mine === generation && (timeline.show(columns, measure, stack), mark('timelineMs'))),
      Promise.all([fetchEvents(filters, PAGE), counts]).then(([list, c]) => mine === generation && (renderEventList(byId('list'), list.events, c, (id) => openEvent(id), pagesAfter(filters, list.next_cursor)), mark('listMs'))),
      counts.then((c) => mine === generation && (byId('count').textContent = describeMatches(c))),
      map.show(mapQuery).then((shown) => {
        if (mine !== generation) return;
        mark('mapMs');
        byId('map-count').textContent = describeMap(shown, unit);
      }),
    ]);
    if (mine !== generation) return;
    document.body.dataset['refreshMs'] = String(Math.round(performance.now() - started));
    document.body.dataset['readyAt'] = String(Math.round(performance.now()));
    document.body.dataset['state'] = 'ready';
  } catch (error) {
    if (mine !== generation) return;
    document.body.dataset['state'] = 'error';
    byId('count').textContent = `Could not load events: ${(error as Error).message}`;
  }
}

window.addEventListener('popstate', () => {
  filters = readFilters(location.search);
  form.set(filters);
  unit = unitSelect.value = unitOf(location.search);
  showTallies = talliesBox.checked = talliesOf(location.search);
  stack = stackOf(location.search);
  stackSelect.value = stack;
  const params = new URLSearchParams(location.search);
  const [event, incident] = [params.get('event'), params.get('incident')];
  if (event) openDetail('event', event, false);
  else if (incident) openDetail('incident', incident, false);
  else detail.hidden = true;
  void refresh();
});

void refresh();
const initial = new URLSearchParams(location.search);
if (initial.get('event')) openDetail('event', initial.get('event')!, false);
else if (initial.get('incident')) openDetail('incident', initial.get('incident')!, false);
