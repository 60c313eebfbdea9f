import { Map as MapLibreMap, NavigationControl, setWorkerUrl, type GeoJSONSource, type MapLayerMouseEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { EventClusters } from '../../src/api/routes/map-routes.ts';
import { fetchBoundaries, fetchClusters, type MapUnit } from './api.ts';
import { areaShapes } from './area-shapes.ts';
import { clusterFeatures, clustersExtent, type ClusterProperties } from './cluster-features.ts';
import type { Filters } from './filters.ts';
import { clusterLabels } from './map-labels.ts';
import { covers, MAX_ZOOM, mapRequest, type MapRequest } from './map-request.ts';
import { mapStyle } from './map-style.ts';
import { worldOutlines } from './world-outlines.ts';

// Bundled, the library cannot find its worker beside itself: point it at the copy the build emits.
setWorkerUrl(workerUrl);

export interface MapView {
  /** Draws the events (or incidents) matching `filters` in the current view; resolves with what was drawn once it shows. */
  show(filters: Filters, unit: MapUnit): Promise<EventClusters>;
}

export interface MapHandlers {
  /** One event (or incident, when the map shows incidents) was clicked. */
  readonly openMark: (id: string) => void;
  /** An area of several events was clicked: narrow the filters to it. */
  readonly openArea: (iso3: string, admin1: string | null) => void;
}

/**
 * The event map. The server groups the events (GET /api/map/clusters) for the zoom level and a box around
 * the view; the map asks again when a pan or zoom leaves what it holds. A click on an event opens it, on a
 * cluster zooms in, on an area of several narrows the filters to that area.
 */
export function createMapView(container: HTMLElement, handlers: MapHandlers): Promise<MapView> {
  const map = new MapLibreMap({
    container,
    style: mapStyle(worldOutlines()),
    center: [30, 20],
    zoom: 1.3,
    attributionControl: false,
    renderWorldCopies: false,
    maxZoom: MAX_ZOOM,
  });
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.getCanvas().setAttribute('aria-label', 'Map of events; use the list below to open them with the keyboard');

  const propertiesOf = (e: MapLayerMouseEvent) => e.features?.[0]?.properties as ClusterProperties | undefined;
  map.on('click', 'exact-events', (e) => {
    const id = propertiesOf(e)?.id;
    if (id) handlers.openMark(id);
  });
  map.on('click', 'area-events', (e) => {
    const area = propertiesOf(e);
    if (!area) return;
    if (area.count === 1 && area.id) handlers.openMark(area.id);
    else if (area.iso3) handlers.openArea(area.iso3, area.admin1 || null);
  });
  map.on('click', 'clusters', (e) => {
    const feature = e.features?.[0];
    if (feature?.geometry.type === 'Point') map.easeTo({ center: feature.geometry.coordinates as [number, number], zoom: Math.min(MAX_ZOOM, map.getZoom() + 2) });
  });
  for (const layer of ['clusters', 'exact-events', 'area-events']) {
    map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
    map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
  }
  clusterLabels(map);
  const shapes = areaShapes(map, container, handlers);

  let filters: Filters = {};
  let unit: MapUnit = 'event';
  let held: MapRequest | null = null;
  let asked = 0;
  let framed = false;
  let framing = false;
  let last: EventClusters | null = null;
  const loaded = new Promise<void>((resolve) => map.on('load', () => resolve()));
  const currentRequest = (): MapRequest => {
    const b = map.getBounds();
    return mapRequest(map.getZoom(), { west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() });
  };

  /** Draws once the style is in; resolves when the map shows it. */
  async function draw(request: MapRequest, clusters: EventClusters): Promise<void> {
    performance.mark('map-fetched');
    await loaded;
    performance.mark('map-loaded');
    held = request;
    await new Promise<void>((done) => {
      map.once('idle', () => done());
      shapes.show(clusters);
      (map.getSource('events') as GeoJSONSource).setData(clusterFeatures(clusters) as GeoJSON.FeatureCollection);
    });
    performance.mark('map-drawn');
    container.dataset['events'] = String(clusters.count - clusters.unplaced);
    container.dataset['features'] = String(clusters.cells.length + clusters.areas.length);
  }

  /**
   * Fetches (while the map may still be loading its style) and draws; a later call wins over one still in
   * flight. The first answer frames the view, and the view is asked again only if the frame zoomed in.
   */
  async function load(): Promise<EventClusters | null> {
    const mine = ++asked;
    let request = currentRequest();
    let clusters = await fetchClusters(filters, request, unit);
    const extent = framed ? null : clustersExtent(clusters);
    if (extent) {
      framed = true;
      framing = true;
      map.fitBounds(extent, { padding: 40, maxZoom: 6, duration: 0 });
      framing = false;
      const framedRequest = currentRequest();
      if (!covers(request, framedRequest, true)) [request, clusters] = [framedRequest, await fetchClusters(filters, framedRequest, unit)];
    }
    if (mine !== asked) return null;
    await draw(request, clusters);
    last = clusters;
    return clusters;
  }

  // Imported admin boundaries, under the events; none imported: the country outlines alone.
  void loaded.then(() => showBoundaries(map, container)).catch(() => undefined);

  map.on('moveend', () => {
    if (!framing && !covers(held, currentRequest())) void load().catch(() => undefined);
  });

  return Promise.resolve({
    async show(next, nextUnit) {
      filters = next;
      unit = nextUnit;
      // Superseded by a pan or a newer filter: what is on screen came from that later call.
      return (await load()) ?? last ?? (await load())!;
    },
  });
}

async function showBoundaries(map: MapLibreMap, container: HTMLElement): Promise<void> {
  const [provinces, districts] = await Promise.all([fetchBoundaries(1), fetchBoundaries(2)]);
  const under = 'clusters';
  if (districts.features.length > 0) {
    map.addSource('admin2', { type: 'geojson', data: districts });
    map.addLayer({ id: 'admin2-lines', type: 'line', source: 'admin2', minzoom: 6, paint: { 'line-color': '#a9b2b9', 'line-width': 0.5, 'line-dasharray': [2, 2] } }, under);
  }
  if (provinces.features.length > 0) {
    map.addSource('admin1', { type: 'geojson', data: provinces });
    map.addLayer({ id: 'admin1-lines', type: 'line', source: 'admin1', minzoom: 3, paint: { 'line-color': '#7f8a93', 'line-width': 0.9 } }, under);
  }
  container.dataset['boundaries'] = String(provinces.features.length + districts.features.length);
}
