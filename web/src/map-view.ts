import { Map as MapLibreMap, NavigationControl, setWorkerUrl, type GeoJSONSource, type MapLayerMouseEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { EventPoints } from '../../src/api/routes/map-routes.ts';
import { clusterLabels } from './map-labels.ts';
import { pointFeatures } from './map-features.ts';
import { mapStyle } from './map-style.ts';
import { worldOutlines } from './world-outlines.ts';

// Bundled, the library cannot find its worker beside itself: point it at the copy the build emits.
setWorkerUrl(workerUrl);

export interface MapView {
  /** Replaces the drawn events; resolves once the map has drawn them. */
  show(points: EventPoints): Promise<void>;
}

/** The event map: clustered points coloured by type, sized by killed; a click opens the event. */
export function createMapView(container: HTMLElement, onSelect: (eventId: string) => void): Promise<MapView> {
  const map = new MapLibreMap({
    container,
    style: mapStyle(worldOutlines()),
    center: [30, 20],
    zoom: 1.3,
    attributionControl: false,
    renderWorldCopies: false,
    maxZoom: 14,
  });
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.getCanvas().setAttribute('aria-label', 'Map of events; use the list below to open them with the keyboard');

  const openEvent = (e: MapLayerMouseEvent): void => {
    const id = e.features?.[0]?.properties?.['id'];
    if (typeof id === 'string') onSelect(id);
  };
  map.on('click', 'exact-events', openEvent);
  map.on('click', 'area-events', openEvent);
  map.on('click', 'clusters', async (e: MapLayerMouseEvent) => {
    const feature = e.features?.[0];
    const clusterId = feature?.properties?.['cluster_id'];
    if (!feature || typeof clusterId !== 'number' || feature.geometry.type !== 'Point') return;
    const zoom = await (map.getSource('events') as GeoJSONSource).getClusterExpansionZoom(clusterId);
    map.easeTo({ center: feature.geometry.coordinates as [number, number], zoom });
  });
  for (const layer of ['clusters', 'exact-events', 'area-events']) {
    map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
    map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
  }
  clusterLabels(map);

  // The first data frames the view; later filter changes leave the user's view alone.
  let framed = false;
  return new Promise((resolve) => {
    map.on('load', () => {
      resolve({
        show: (points) =>
          new Promise<void>((done) => {
            const source = map.getSource('events') as GeoJSONSource;
            map.once('idle', () => done());
            source.setData(pointFeatures(points) as GeoJSON.FeatureCollection);
            if (!framed && points.id.length > 0) {
              framed = true;
              map.fitBounds(extent(points), { padding: 40, maxZoom: 6, duration: 0 });
            }
            container.dataset['events'] = String(points.id.length);
          }),
      });
    });
  });
}

function extent(points: EventPoints): [[number, number], [number, number]] {
  let [west, south, east, north] = [180, 90, -180, -90];
  for (let i = 0; i < points.lon.length; i++) {
    west = Math.min(west, points.lon[i]!);
    east = Math.max(east, points.lon[i]!);
    south = Math.min(south, points.lat[i]!);
    north = Math.max(north, points.lat[i]!);
  }
  return [[west, Math.max(south, -75)], [east, Math.min(north, 80)]];
}
