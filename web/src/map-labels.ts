import { Marker, type Map as MapLibreMap } from 'maplibre-gl';

/**
 * Event counts on clusters and areas as HTML labels: the map loads no glyphs (it works offline), so text
 * cannot be a map layer. Redrawn when the map settles; only the groups of more than one on screen get one.
 */
export function clusterLabels(map: MapLibreMap): void {
  let markers: Marker[] = [];
  map.on('idle', () => {
    for (const marker of markers) marker.remove();
    markers = [];
    for (const feature of map.queryRenderedFeatures({ layers: ['clusters', 'area-events', 'tallies'] })) {
      const count = Number(feature.properties['count']);
      if (count < 2 || feature.geometry.type !== 'Point' || markers.length >= 400) continue;
      const label = document.createElement('span');
      label.className = feature.properties['kind'] === 'cluster' ? 'cluster-label' : `cluster-label ${String(feature.properties['kind'])}-label`;
      label.textContent = count >= 1000 ? `${Math.round(count / 100) / 10}k` : String(count);
      label.setAttribute('aria-hidden', 'true');
      markers.push(new Marker({ element: label }).setLngLat(feature.geometry.coordinates as [number, number]).addTo(map));
    }
  });
}
