import { Map as MapLibreMap, NavigationControl, setWorkerUrl, type GeoJSONSource, type MapLayerMouseEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { EventClusters } from '../../src/api/routes/map-routes.ts';
import { fetchClusters, type MapUnit } from './api.ts';
import { areaShapes } from './area-shapes.ts';
import { clusterFeatures, clustersExtent, tallyFeatures, type ClusterProperties } from './cluster-features.ts';
import type { MapLayers } from './filters.ts';
import { showBoundaries } from './map-boundaries.ts';
import { clusterLabels } from './map-labels.ts';
import { covers, MAX_ZOOM, mapRequest, type MapRequest } from './map-request.ts';
import { mapStyle } from './map-style.ts';
import { worldOutlines } from './world-outlines.ts';

// Bundled, the library cannot find its worker beside itself: point it at the copy the build emits.
setWorkerUrl(workerUrl);

export interface MapQuery {
  readonly layers: MapLayers;
  readonly unit: MapUnit;
}

/** What the map drew: the marks and the tallies (null where that layer was not asked for). */
export interface MapShown {
  readonly points: EventClusters | null;
  readonly tallies: EventClusters | null;
}

export interface MapView {
  /** Draws what `query` asks for in the current view; resolves with what was drawn once it shows. */
  show(query: MapQuery): Promise<MapShown>;
}

/**
 * The first view's marks, asked for before the map existed (while MapLibre loaded): drawn in the map's
 * first frame, framing it, and used again if they cover the first view.
 */
export interface EarlyAnswer {
  readonly query: MapQuery;
  readonly request: MapRequest;
  readonly points: EventClusters;
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
export function createMapView(container: HTMLElement, handlers: MapHandlers, early: EarlyAnswer | null = null): MapView {
  const extent = early ? clustersExtent([early.points]) : null;
  const map = new MapLibreMap({
    container,
    // With the first marks in the style, the map draws them in its first frame: no second pass through the worker.
    style: mapStyle(worldOutlines(), early ? (clusterFeatures(early.points) as GeoJSON.FeatureCollection) : undefined),
    ...(extent ? { bounds: extent, fitBoundsOptions: { padding: 40, maxZoom: 6 } } : { center: [30, 20] as [number, number], zoom: 1.3 }),
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
  map.on('click', 'tallies', (e) => {
    const tally = propertiesOf(e);
    if (tally?.count === 1 && tally.id) handlers.openMark(tally.id);
    else if (tally?.iso3) handlers.openArea(tally.iso3, tally.admin1 || null);
  });
  map.on('click', 'clusters', (e) => {
    const feature = e.features?.[0];
    if (feature?.geometry.type === 'Point') map.easeTo({ center: feature.geometry.coordinates as [number, number], zoom: Math.min(MAX_ZOOM, map.getZoom() + 2) });
  });
  for (const layer of ['clusters', 'exact-events', 'area-events', 'tallies']) {
    map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
    map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
  }
  clusterLabels(map);
  const shapes = areaShapes(map, container, handlers);

  let query: MapQuery = { layers: { points: null, tallies: null }, unit: 'event' };
  let held: MapRequest | null = null;
  let asked = 0;
  let framed = extent !== null;
  let framing = false;
  /** The marks the style came with, until something else is drawn. */
  let inStyle: EventClusters | null = early?.points ?? null;
  let talliesShown = false;
  let last: MapShown | null = null;
  const loaded = new Promise<void>((resolve) => map.on('load', () => resolve()));
  const currentRequest = (): MapRequest => {
    const b = map.getBounds();
    return mapRequest(map.getZoom(), { west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() });
  };

  /** Draws once the style is in; resolves when the map shows it. */
  async function draw(request: MapRequest, shown: MapShown): Promise<void> {
    performance.mark('map-fetched');
    await loaded;
    performance.mark('map-loaded');
    held = request;
    const empty = { type: 'FeatureCollection', features: [] } as GeoJSON.FeatureCollection;
    shapes.show(shown.points);
    // What the style came with was drawn by the time the map fired 'load'.
    if (shown.points !== inStyle || shown.tallies !== null) {
      await new Promise<void>((done) => {
        map.once('idle', () => done());
        (map.getSource('events') as GeoJSONSource).setData(shown.points ? (clusterFeatures(shown.points) as GeoJSON.FeatureCollection) : empty);
        // An empty layer stays empty without a round trip through the worker.
        if (shown.tallies || talliesShown) (map.getSource('tallies') as GeoJSONSource).setData(shown.tallies ? (tallyFeatures(shown.tallies) as GeoJSON.FeatureCollection) : empty);
      });
    }
    inStyle = null;
    talliesShown = shown.tallies !== null;
    performance.mark('map-drawn');
    const drawn = (c: EventClusters | null) => (c ? c.count - c.unplaced : 0);
    container.dataset['events'] = String(drawn(shown.points));
    container.dataset['tallies'] = String(drawn(shown.tallies));
    container.dataset['features'] = String([shown.points, shown.tallies].reduce((n, c) => n + (c ? c.cells.length + c.areas.length : 0), 0));
  }

  /**
   * Both layers for a request: the early answer when it was asked for the same query and covers the
   * request (at its zoom or a finer one: framed to a wide extent, the map may open a zoom level out).
   */
  async function fetchLayers(request: MapRequest): Promise<MapShown> {
    const usable = early && early.query === query && covers(early.request, request, true) ? early : null;
    early = null;
    const { points, tallies } = query.layers;
    const [p, t] = await Promise.all([
      usable ? usable.points : points ? fetchClusters(points, request, query.unit) : null,
      tallies ? fetchClusters(tallies, request, 'event') : null,
    ]);
    return { points: p, tallies: t };
  }

  /**
   * Fetches (while the map may still be loading its style) and draws; a later call wins over one still in
   * flight. The first answer frames the view, and the view is asked again only if the frame zoomed in.
   */
  async function load(): Promise<MapShown | null> {
    const mine = ++asked;
    let request = currentRequest();
    let shown = await fetchLayers(request);
    const extent = framed ? null : clustersExtent([shown.points, shown.tallies]);
    if (extent) {
      framed = true;
      framing = true;
      map.fitBounds(extent, { padding: 40, maxZoom: 6, duration: 0 });
      framing = false;
      const framedRequest = currentRequest();
      if (!covers(request, framedRequest, true)) [request, shown] = [framedRequest, await fetchLayers(framedRequest)];
    }
    if (mine !== asked) return null;
    await draw(request, shown);
    last = shown;
    return shown;
  }

  // Imported admin boundaries, under the events; none imported: the country outlines alone.
  void loaded.then(() => showBoundaries(map, container)).catch(() => undefined);

  map.on('moveend', () => {
    if (!framing && !covers(held, currentRequest())) void load().catch(() => undefined);
  });

  return {
    async show(next) {
      query = next;
      // Superseded by a pan or a newer filter: what is on screen came from that later call.
      return (await load()) ?? last ?? (await load())!;
    },
  };
}
