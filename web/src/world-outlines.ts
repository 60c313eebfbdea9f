import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import { unwrapGeometry } from '../../src/geo/antimeridian.ts';

const ANTARCTICA = '010';

/** Country outlines for the base map, from the world-atlas package: bundled, so the map needs no tile server. */
export function worldOutlines(): GeoJSON.FeatureCollection {
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
  const all = feature(topology, topology.objects.countries) as GeoJSON.FeatureCollection;
  // Antarctica's ring runs round the pole: in Web Mercator it would fill the whole sea. No events there either.
  // Fiji's and Chukotka's rings jump from +180 to -180: unwrapped, they are drawn astride the meridian, not as bands across the map.
  return { ...all, features: all.features.filter((f) => f.id !== ANTARCTICA).map((f) => ({ ...f, geometry: unwrapGeometry(f.geometry) })) };
}
