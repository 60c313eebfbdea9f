import { Marker, type Map as MapLibreMap } from 'maplibre-gl';

/**
 * Event counts on the clusters as HTML labels: the map loads no glyphs (it works offline), so text cannot
 * be a map layer. Redrawn when the map settles; only the clusters on screen get one.
 */
export function clusterLabels(map: MapLibreMap): void {
  let markers: Marker[] = [];
  map.on('idle', () => {
    for (const marker of markers) marker.remove();
    markers = [];
    const seen = new Set<number>();
    for (const feature of map.queryRenderedFeatures({ layers: ['clusters'] })) {
      const id = feature.properties['cluster_id'] as number;
      if (seen.has(id) || feature.geometry.type !== 'Point' || seen.size >= 300) continue;
      seen.add(id);
      const label = document.createElement('span');
      label.className = 'cluster-label';
      const count = feature.properties['point_count'] as number;
      label.textContent = count >= 1000 ? `${Math.round(count / 100) / 10}k` : String(count);
      label.setAttribute('aria-hidden', 'true');
      markers.push(new Marker({ element: label }).setLngLat(feature.geometry.coordinates as [number, number]).addTo(map));
    }
  });
}
