import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import type { EventClusters } from '../../src/api/routes/map-routes.ts';
import { unwrapGeometry } from '../../src/geo/antimeridian.ts';
import { matchArea, type AreaPolygon } from './area-match.ts';
import { colourOf } from './event-colours.ts';
import { areaKey, MIXED_COLOUR } from './map-marks.ts';
import type { MarkLayer } from './mark-layer.ts';

/**
 * Events placed only to a province drawn as that province: where the admin units were imported
 * (GET /api/map/areas), an area of the map is its unit's outline, tinted by type and hatched by a dashed
 * edge, so that nobody reads it as a point; where none was imported, or none fits, the area keeps its
 * hollow ring (mark-paint.ts). Country-wide areas always keep the ring.
 */

type AreaFeature = AreaPolygon & { type: 'Feature'; properties: AreaPolygon['properties'] & { code: string } };

export interface AreaShapeHandlers {
  readonly openMark: (id: string) => void;
  readonly openArea: (iso3: string, admin1: string | null) => void;
}

export interface AreaShapes {
  /** The areas of these marks drawn as their units; null draws none. */
  show(clusters: EventClusters | null): void;
}

export function areaShapes(map: MapLibreMap, container: HTMLElement, marks: Pick<MarkLayer, 'hideRings' | 'markAt'>, handlers: AreaShapeHandlers): AreaShapes {
  let polygons: AreaFeature[] = [];
  let last: EventClusters | null = null;

  const draw = (clusters: EventClusters | null): void => {
    const source = map.getSource('area-shapes') as GeoJSONSource | undefined;
    if (!source) return;
    const features: GeoJSON.Feature[] = [];
    const shaped = new Set<string>();
    for (const area of clusters?.areas ?? []) {
      const polygon = matchArea(area, polygons);
      if (!polygon) continue;
      shaped.add(areaKey(area));
      features.push({
        type: 'Feature',
        geometry: { type: 'MultiPolygon', coordinates: polygon.geometry.coordinates },
        properties: { id: area.id ?? '', count: area.count, iso3: area.iso3, admin1: area.admin1, unit: polygon.properties.name, colour: area.event_type === null ? MIXED_COLOUR : colourOf(area.event_type) },
      });
    }
    source.setData({ type: 'FeatureCollection', features });
    // The ring of a drawn area is hidden, not removed: its count label and its click stay at the anchor.
    marks.hideRings(shaped);
    container.dataset['areaShapes'] = String(features.length);
  };

  const loaded = new Promise<void>((resolve) => (map.loaded() ? resolve() : map.once('load', () => resolve())));
  void loaded.then(async () => {
    const response = await fetch('/api/map/areas?level=1');
    if (!response.ok) return;
    const areas = (await response.json()) as { features: AreaFeature[] };
    polygons = areas.features.map((f) => ({ ...f, geometry: unwrapGeometry({ type: 'MultiPolygon', ...f.geometry }) }));
    if (polygons.length === 0) return;
    map.addSource('area-shapes', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    map.addLayer({ id: 'area-shape-fill', type: 'fill', source: 'area-shapes', paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': 0.22 } });
    map.addLayer({ id: 'area-shape-edge', type: 'line', source: 'area-shapes', paint: { 'line-color': ['get', 'colour'], 'line-width': 2, 'line-dasharray': [3, 2] } });
    map.on('click', 'area-shape-fill', (e: MapLayerMouseEvent) => {
      const p = e.features?.[0]?.properties as { id: string; count: number; iso3: string; admin1: string } | undefined;
      // A mark over the unit answers its own click.
      if (!p || marks.markAt(e.point.x, e.point.y)) return;
      if (Number(p.count) === 1 && p.id) handlers.openMark(p.id);
      else handlers.openArea(p.iso3, p.admin1 || null);
    });
    if (last) draw(last);
  }).catch(() => undefined);

  return {
    show(clusters) {
      last = clusters;
      draw(clusters);
    },
  };
}
