import type { StyleSpecification } from 'maplibre-gl';

/**
 * The base map's style: a pale sea and the country outlines, nothing more. No glyphs or sprites are loaded
 * (the map works offline). The marks are no map layers: they are drawn on a canvas over the map
 * (mark-layer.ts), and the same colours draw the base map on a canvas before MapLibre is in.
 */

export const BASE_COLOURS = { sea: '#dce6ee', land: '#f6f4ef', border: '#8c969e' } as const;

export function mapStyle(outlines: GeoJSON.FeatureCollection): StyleSpecification {
  return {
    version: 8,
    sources: { countries: { type: 'geojson', data: outlines } },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': BASE_COLOURS.sea } },
      { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': BASE_COLOURS.land } },
      { id: 'borders', type: 'line', source: 'countries', paint: { 'line-color': BASE_COLOURS.border, 'line-width': 0.6 } },
    ],
  };
}
