import type { EventRecord } from '../core/event.ts';

/**
 * A GeoJSON FeatureCollection. Only events placed at a town or finer have a point; an event placed at
 * an admin unit keeps a null geometry (valid GeoJSON) and says why, so that no map draws a made-up
 * exact spot in the middle of a province.
 */

export interface GeoJsonOptions {
  /** Leave out events without a point instead of listing them with a null geometry. */
  readonly pointsOnly?: boolean;
}

export function geoJsonFeature(e: EventRecord): object {
  const { evidence: _evidence, claims: _claims, latitude, longitude, ...properties } = e;
  const placed = latitude !== null && longitude !== null;
  return {
    type: 'Feature',
    id: e.id,
    geometry: placed ? { type: 'Point', coordinates: [longitude, latitude] } : null,
    properties: placed ? properties : { ...properties, unlocated_reason: unlocatedReason(e) },
  };
}

function unlocatedReason(e: EventRecord): string {
  if (e.admin2 !== null) return 'placed at admin2 level only';
  if (e.admin1 !== null) return 'placed at admin1 level only';
  if (e.country !== null) return 'placed at country level only';
  return 'place unknown';
}

export function geoJson(options: GeoJsonOptions = {}) {
  let first = true;
  return {
    begin: (): string => '{"type":"FeatureCollection","features":[\n',
    item: (e: EventRecord): string => {
      if (options.pointsOnly && (e.latitude === null || e.longitude === null)) return '';
      const text = `${first ? '' : ',\n'}${JSON.stringify(geoJsonFeature(e))}`;
      first = false;
      return text;
    },
    end: (): string => '\n]}\n',
  };
}
