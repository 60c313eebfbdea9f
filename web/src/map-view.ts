import type { EventClusters } from '../../src/api/routes/map-routes.ts';
import { fetchClusters, type MapUnit } from './api.ts';
import type { BaseMap } from './base-map.ts';
import type { MapLayers } from './filters.ts';
import { clustersExtent, marksOf } from './map-marks.ts';
import { covers, mapRequest, type MapRequest } from './map-request.ts';
import { markLayer } from './mark-layer.ts';
import { constrain, fitExtent, projector, visibleBox, type Camera } from './mercator.ts';
import { outlineCanvas } from './outline-canvas.ts';
import { worldOutlines } from './world-outlines.ts';

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
  /** Draws what `query` asks for in the current view; resolves with what was drawn once it is on screen. */
  show(query: MapQuery): Promise<MapShown>;
}

export interface MapHandlers {
  /** One event (or incident, when the map shows incidents) was clicked. */
  readonly openMark: (id: string) => void;
  /** An area of several events was clicked: narrow the filters to it. */
  readonly openArea: (iso3: string, admin1: string | null) => void;
}

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/**
 * The event map. The server groups the events (GET /api/map/clusters) for the zoom level and a box around
 * the view; the marks are drawn on a canvas (mark-layer.ts). The first view needs no MapLibre: the
 * countries are drawn on a canvas in the same projection, and MapLibre, loaded once the marks show, opens
 * on the same camera and takes over the base map, panning and zooming. A pan or zoom that leaves what the
 * map holds asks the server again.
 */
export function createMapView(container: HTMLElement, handlers: MapHandlers): MapView {
  const measure = () => ({ width: container.clientWidth, height: container.clientHeight });
  // Measured on a resize only (read while the list changes, it would force a layout).
  let size = measure();
  const outlines = worldOutlines();
  let camera: Camera = constrain({ lon: 30, lat: 20, zoom: 1.3 }, size);
  let base: BaseMap | null = null;
  const projection = () => base?.project ?? projector(camera, size);
  const marks = markLayer(container, projection, { ...handlers, zoomInto: (lon, lat) => base?.zoomInto(lon, lat) });
  const sketch = outlineCanvas(container, outlines);
  sketch.draw(camera, size);
  performance.mark('map-outlines-drawn');
  new ResizeObserver(() => {
    const next = measure();
    // Called once at the start too: nothing to draw again while the size holds.
    if (next.width === size.width && next.height === size.height) return;
    size = next;
    if (!base) sketch.draw(camera, size);
    marks.resize();
  }).observe(container);

  let query: MapQuery = { layers: { points: null, tallies: null }, unit: 'event' };
  let held: MapRequest | null = null;
  let asked = 0;
  let framed = false;
  let framing = false;
  let last: MapShown | null = null;
  let drawnOnce: (() => void) | null = null;
  const firstDrawn = new Promise<void>((resolve) => (drawnOnce = resolve));
  const currentRequest = (): MapRequest => mapRequest(base?.zoom() ?? camera.zoom, base?.box() ?? visibleBox(camera, size));

  /** Draws the marks at once; resolves when the frame that shows them has been painted. */
  async function draw(request: MapRequest, shown: MapShown): Promise<void> {
    held = request;
    marks.show(marksOf(shown.points, shown.tallies));
    base?.showAreas(shown.points);
    const drawn = (c: EventClusters | null) => (c ? c.count - c.unplaced : 0);
    container.dataset['events'] = String(drawn(shown.points));
    container.dataset['tallies'] = String(drawn(shown.tallies));
    container.dataset['features'] = String([shown.points, shown.tallies].reduce((n, c) => n + (c ? c.cells.length + c.areas.length : 0), 0));
    await nextFrame();
    if (drawnOnce) performance.mark('map-marks-drawn');
    drawnOnce?.();
    drawnOnce = null;
  }

  async function fetchLayers(request: MapRequest): Promise<MapShown> {
    const { points, tallies } = query.layers;
    const [p, t] = await Promise.all([points ? fetchClusters(points, request, query.unit) : null, tallies ? fetchClusters(tallies, request, 'event') : null]);
    return { points: p, tallies: t };
  }

  /** Frames the view on `extent`: before MapLibre, the page's own camera; after, MapLibre's. */
  function frame(extent: [[number, number], [number, number]]): void {
    framing = true;
    if (base) base.fit(extent);
    else (camera = fitExtent(extent, size, 40, 6)), sketch.draw(camera, size);
    framing = false;
  }

  /**
   * Fetches and draws; a later call wins over one still in flight. Unframed, the first question is the
   * whole world (so that framing out needs no second one); its answer frames the view, asked again only
   * if the frame zoomed in.
   */
  async function load(): Promise<MapShown | null> {
    const mine = ++asked;
    let request = framed ? currentRequest() : mapRequest(currentRequest().zoom, { west: -180, south: -90, east: 180, north: 90 });
    let shown = await fetchLayers(request);
    const extent = framed ? null : clustersExtent([shown.points, shown.tallies]);
    if (extent) {
      framed = true;
      frame(extent);
      const framedRequest = currentRequest();
      if (!covers(request, framedRequest, true)) [request, shown] = [framedRequest, await fetchLayers(framedRequest)];
    }
    if (mine !== asked) return null;
    await draw(request, shown);
    last = shown;
    return shown;
  }

  // MapLibre is most of the page's script: asked for once the first marks show and the page is idle (the
  // timeline and the list drawn too), not before.
  const idle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 1000 }));
  void firstDrawn.then(idle).then(() => import('./base-map.ts')).then(({ createBaseMap }) => {
    performance.mark('maplibre-imported');
    base = createBaseMap(container, camera, outlines, marks, {
      ...handlers,
      onMove: () => marks.redraw(),
      onMoveEnd: () => !framing && !covers(held, currentRequest()) && void load().catch(() => undefined),
    });
    base.showAreas(last?.points ?? null);
    marks.redraw();
    return base.loaded.then(() => {
      performance.mark('maplibre-drawn');
      sketch.remove();
      container.dataset['base'] = 'maplibre';
    });
  }).catch((error: Error) => (container.dataset['baseError'] = error.message));

  return {
    async show(next) {
      query = next;
      try {
        // Superseded by a pan or a newer filter: what is on screen came from that later call.
        return (await load()) ?? last ?? (await load())!;
      } finally {
        // The base map comes even when the first marks could not.
        drawnOnce?.();
        drawnOnce = null;
      }
    },
  };
}
