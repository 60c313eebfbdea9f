import type { EventClusters } from '../../src/api/routes/map-routes.ts';
import { colourOf } from './event-colours.ts';

/**
 * The map's GeoJSON from the server's clusters: what the layers style on, nothing more. A cell of one
 * event is that event (`kind: 'event'`); a cell of several is a cluster; events known only to an admin
 * unit or a country are `kind: 'area'`, drawn as rings, never as exact points.
 */

export type FeatureKind = 'event' | 'cluster' | 'area' | 'tally';

export interface ClusterProperties {
  readonly kind: FeatureKind;
  /** The event, when the feature is one event. */
  readonly id: string;
  readonly count: number;
  readonly killed: number;
  readonly colour: string;
  /** For areas: `ISO3` and admin1, to narrow the filters to the area. */
  readonly iso3: string;
  readonly admin1: string;
}

export interface ClusterCollection {
  readonly type: 'FeatureCollection';
  readonly features: { type: 'Feature'; geometry: { type: 'Point'; coordinates: [number, number] }; properties: ClusterProperties }[];
}

/** Grey for a cluster of mixed types; its own colour when every event in it shares a type. */
export const MIXED_COLOUR = '#37474f';

export function clusterFeatures(clusters: EventClusters): ClusterCollection {
  const feature = (lon: number, lat: number, properties: ClusterProperties) => ({ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [lon, lat] as [number, number] }, properties });
  const colour = (type: string | null) => (type === null ? MIXED_COLOUR : colourOf(type));
  return {
    type: 'FeatureCollection',
    features: [
      ...clusters.areas.map((a) =>
        feature(a.lon, a.lat, { kind: 'area', id: a.id ?? '', count: a.count, killed: a.killed, colour: colour(a.event_type), iso3: a.iso3 ?? '', admin1: a.admin1 ?? '' }),
      ),
      ...clusters.cells.map((c) =>
        feature(c.lon, c.lat, { kind: c.count === 1 ? 'event' : 'cluster', id: c.id ?? '', count: c.count, killed: c.killed, colour: colour(c.event_type), iso3: '', admin1: '' }),
      ),
    ],
  };
}

/**
 * Tallies as their own marks (`kind: 'tally'`), whether their place is a town or an area: a total over a
 * period, drawn apart from the incidents it may sum, and never as one exact point among them.
 */
export function tallyFeatures(clusters: EventClusters): ClusterCollection {
  const all = clusterFeatures(clusters);
  return { ...all, features: all.features.map((f) => ({ ...f, properties: { ...f.properties, kind: 'tally' as const } })) };
}

/** The box around every cell and area of the answers, for framing the first view; null when there is nothing. */
export function clustersExtent(answers: readonly (EventClusters | null)[]): [[number, number], [number, number]] | null {
  const all = answers.flatMap((c) => (c ? [...c.cells, ...c.areas] : []));
  if (all.length === 0) return null;
  let [west, south, east, north] = [180, 90, -180, -90];
  for (const { lon, lat } of all) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [[west, Math.max(south, -75)], [east, Math.min(north, 80)]];
}
