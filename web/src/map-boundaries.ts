import type { Map as MapLibreMap } from 'maplibre-gl';
import { fetchBoundaries } from './api.ts';

/** Imported admin boundaries as lines on the base map, under the marks (none imported: the country outlines alone). */
export async function showBoundaries(map: MapLibreMap, container: HTMLElement): Promise<void> {
  const [provinces, districts] = await Promise.all([fetchBoundaries(1), fetchBoundaries(2)]);
  if (districts.features.length > 0) {
    map.addSource('admin2', { type: 'geojson', data: districts });
    map.addLayer({ id: 'admin2-lines', type: 'line', source: 'admin2', minzoom: 6, paint: { 'line-color': '#a9b2b9', 'line-width': 0.5, 'line-dasharray': [2, 2] } });
  }
  if (provinces.features.length > 0) {
    map.addSource('admin1', { type: 'geojson', data: provinces });
    map.addLayer({ id: 'admin1-lines', type: 'line', source: 'admin1', minzoom: 3, paint: { 'line-color': '#7f8a93', 'line-width': 0.9 } });
  }
  container.dataset['boundaries'] = String(provinces.features.length + districts.features.length);
}
