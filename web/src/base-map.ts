import { Map as MapLibreMap, NavigationControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { EventClusters } from '../../src/api/routes/map-routes.ts';
import { areaShapes, type AreaShapeHandlers } from './area-shapes.ts';
import { showBoundaries } from './map-boundaries.ts';
import { MAX_ZOOM } from './map-request.ts';
import { mapStyle } from './map-style.ts';
import type { MarkLayer } from './mark-layer.ts';
import type { Camera, Projector } from './mercator.ts';

// Bundled, the library cannot find its worker beside itself: point it at the copy the build emits.
setWorkerUrl(workerUrl);

/**
 * MapLibre under the marks: the base map (sea, countries, imported boundaries, admin units standing for
 * areas), panning and zooming. Loaded after the first view is drawn, opened on the camera the page drew
 * it with, so that it takes over without a jump; the marks follow its every move.
 */

export interface BaseMap {
  /** Screen pixels of a place in the current view. */
  readonly project: Projector;
  readonly box: () => { west: number; south: number; east: number; north: number };
  readonly zoom: () => number;
  readonly zoomInto: (lon: number, lat: number) => void;
  readonly fit: (extent: [[number, number], [number, number]]) => void;
  /** Areas of these marks drawn as their admin units, where imported. */
  readonly showAreas: (clusters: EventClusters | null) => void;
  /** Resolves once MapLibre has drawn its first full frame. */
  readonly loaded: Promise<void>;
}

export interface BaseMapHooks extends AreaShapeHandlers {
  readonly onMove: () => void;
  readonly onMoveEnd: () => void;
}

export function createBaseMap(container: HTMLElement, camera: Camera, outlines: GeoJSON.FeatureCollection, marks: MarkLayer, hooks: BaseMapHooks): BaseMap {
  const map = new MapLibreMap({
    container,
    style: mapStyle(outlines),
    center: [camera.lon, camera.lat],
    zoom: camera.zoom,
    attributionControl: false,
    renderWorldCopies: false,
    maxZoom: MAX_ZOOM,
    // The marks are drawn flat over the map: no tilt, no turn.
    maxPitch: 0,
    dragRotate: false,
    pitchWithRotate: false,
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.getCanvas().setAttribute('aria-label', 'Base map: arrow keys pan, + and - zoom');
  map.on('move', hooks.onMove);
  map.on('moveend', hooks.onMoveEnd);
  const loaded = new Promise<void>((resolve) => map.once('load', () => resolve()));
  const shapes = areaShapes(map, container, marks, hooks);
  // Imported admin boundaries, under the marks; none imported: the country outlines alone.
  void loaded.then(() => showBoundaries(map, container)).catch(() => undefined);
  return {
    project: (lon, lat) => {
      const p = map.project([lon, lat]);
      return [p.x, p.y];
    },
    box: () => {
      const b = map.getBounds();
      return { west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() };
    },
    zoom: () => map.getZoom(),
    zoomInto: (lon, lat) => map.easeTo({ center: [lon, lat], zoom: Math.min(MAX_ZOOM, map.getZoom() + 2) }),
    fit: (extent) => map.fitBounds(extent, { padding: 40, maxZoom: 6, duration: 0 }),
    showAreas: (clusters) => shapes.show(clusters),
    loaded,
  };
}
