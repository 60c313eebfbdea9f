import type { EventPoints } from '../../src/api/routes/map-routes.ts';
import { colourOf } from './event-colours.ts';

/**
 * The map's GeoJSON from the columnar points: one feature per event, with just what the layers style on.
 * Area anchors keep `exact: 0` so that they are drawn as rings, never as exact points.
 */

export interface PointProperties {
  readonly id: string;
  readonly colour: string;
  readonly killed: number;
  readonly exact: 0 | 1;
}

export interface PointCollection {
  readonly type: 'FeatureCollection';
  readonly features: { type: 'Feature'; geometry: { type: 'Point'; coordinates: [number, number] }; properties: PointProperties }[];
}

export function pointFeatures(points: EventPoints): PointCollection {
  const colours = points.types.map((t) => colourOf(t));
  const features: PointCollection['features'] = new Array(points.id.length);
  for (let i = 0; i < points.id.length; i++) {
    const type = points.type[i]!;
    features[i] = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [points.lon[i]!, points.lat[i]!] },
      properties: { id: points.id[i]!, colour: type >= 0 ? colours[type]! : colourOf(null), killed: points.killed[i]!, exact: points.exact[i]! },
    };
  }
  return { type: 'FeatureCollection', features };
}
