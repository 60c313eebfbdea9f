import type { StyleSpecification } from 'maplibre-gl';

/**
 * The map's style: a pale sea, country outlines, then the events. No glyphs or sprites are loaded (the
 * map works offline), so there are no text layers: counts on clusters are HTML labels (see map-labels.ts).
 * Exact places are filled discs sized by killed; area anchors (admin unit or country) are hollow rings,
 * so an event known only to the province level never looks like a point on a town.
 */

const killedRadius = (base: number) =>
  ['interpolate', ['linear'], ['sqrt', ['max', ['get', 'killed'], 0]], 0, base, 3, base + 3, 10, base + 10, 30, base + 22] as const;

export function mapStyle(outlines: GeoJSON.FeatureCollection): StyleSpecification {
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: outlines },
      events: {
        type: 'geojson',
        data: { type: 'FeatureCollection', features: [] },
        cluster: true,
        clusterRadius: 36,
        clusterMaxZoom: 9,
        clusterProperties: { killed: ['+', ['get', 'killed']] },
      },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#dce6ee' } },
      { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#f6f4ef' } },
      { id: 'borders', type: 'line', source: 'countries', paint: { 'line-color': '#8c969e', 'line-width': 0.6 } },
      {
        id: 'clusters',
        type: 'circle',
        source: 'events',
        filter: ['has', 'point_count'],
        paint: {
          'circle-color': '#37474f',
          'circle-opacity': 0.78,
          'circle-radius': ['interpolate', ['linear'], ['sqrt', ['get', 'point_count']], 1, 10, 10, 20, 100, 36, 320, 48],
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
        },
      },
      {
        id: 'area-events',
        type: 'circle',
        source: 'events',
        filter: ['all', ['!', ['has', 'point_count']], ['==', ['get', 'exact'], 0]],
        paint: {
          'circle-radius': killedRadius(9) as never,
          'circle-color': 'rgba(0,0,0,0)',
          'circle-stroke-color': ['get', 'colour'],
          'circle-stroke-width': 2.5,
        },
      },
      {
        id: 'exact-events',
        type: 'circle',
        source: 'events',
        filter: ['all', ['!', ['has', 'point_count']], ['==', ['get', 'exact'], 1]],
        paint: {
          'circle-radius': killedRadius(4) as never,
          'circle-color': ['get', 'colour'],
          'circle-opacity': 0.85,
          'circle-stroke-color': '#1b1b1b',
          'circle-stroke-width': 0.8,
        },
      },
    ],
  };
}
