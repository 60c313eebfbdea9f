import type { StyleSpecification } from 'maplibre-gl';

/**
 * The map's style: a pale sea, country outlines, then the events. No glyphs or sprites are loaded (the
 * map works offline), so there are no text layers: counts on clusters are HTML labels (see map-labels.ts).
 * Exact places are filled discs sized by killed, clusters discs sized by their count; events known only to
 * an admin unit or a country are hollow rings per area, so that they never look like a point on a town.
 * Tallies, when shown, are double rings under the events: a total over a period is no incident.
 */

const killedRadius = (base: number) =>
  ['interpolate', ['linear'], ['sqrt', ['max', ['get', 'killed'], 0]], 0, base, 3, base + 3, 10, base + 10, 30, base + 22] as const;

/** A group's size shows how many events it holds (an area of one event is sized like a cluster of one). */
const countRadius = (base: number) =>
  ['interpolate', ['linear'], ['sqrt', ['get', 'count']], 1, base, 10, base + 10, 100, base + 26, 320, base + 38] as const;

export function mapStyle(outlines: GeoJSON.FeatureCollection, events: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] }): StyleSpecification {
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: outlines },
      // Already grouped by the server (GET /api/map/clusters): a few hundred features at any zoom.
      events: { type: 'geojson', data: events },
      // Tallies (totals over a period), when asked for: grouped the same way, drawn apart.
      tallies: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#dce6ee' } },
      { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#f6f4ef' } },
      { id: 'borders', type: 'line', source: 'countries', paint: { 'line-color': '#8c969e', 'line-width': 0.6 } },
      {
        id: 'clusters',
        type: 'circle',
        source: 'events',
        filter: ['==', ['get', 'kind'], 'cluster'],
        paint: {
          'circle-color': ['get', 'colour'],
          'circle-opacity': 0.8,
          'circle-radius': countRadius(10) as never,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
        },
      },
      {
        // A double ring, dark whatever the type: a total over a period, not an incident at a place.
        id: 'tallies',
        type: 'circle',
        source: 'tallies',
        paint: {
          'circle-radius': countRadius(11) as never,
          'circle-color': 'rgba(255,255,255,0.55)',
          'circle-stroke-color': '#1b1b1b',
          'circle-stroke-width': 1.5,
        },
      },
      {
        id: 'tallies-inner',
        type: 'circle',
        source: 'tallies',
        paint: {
          'circle-radius': countRadius(6) as never,
          'circle-color': 'rgba(0,0,0,0)',
          'circle-stroke-color': ['get', 'colour'],
          'circle-stroke-width': 2,
        },
      },
      {
        id: 'area-events',
        type: 'circle',
        source: 'events',
        filter: ['==', ['get', 'kind'], 'area'],
        paint: {
          'circle-radius': countRadius(9) as never,
          'circle-color': 'rgba(0,0,0,0)',
          'circle-stroke-color': ['get', 'colour'],
          'circle-stroke-width': 2.5,
        },
      },
      {
        id: 'exact-events',
        type: 'circle',
        source: 'events',
        filter: ['==', ['get', 'kind'], 'event'],
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
