import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';

/** Country outlines for the base map, from the world-atlas package: bundled, so the map needs no tile server. */
export function worldOutlines(): GeoJSON.FeatureCollection {
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
  return feature(topology, topology.objects.countries) as GeoJSON.FeatureCollection;
}
