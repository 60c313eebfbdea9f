/** The parts of TopoJSON that admin boundary files use: polygons and multipolygons over shared arcs. */
export type Ring = readonly (readonly [number, number])[];

export interface ShapeFeature {
  readonly properties: Readonly<Record<string, unknown>>;
  /** Every ring of every polygon; holes and islands alike (the point test is even-odd over all of them). */
  readonly rings: readonly Ring[];
}

interface Topology {
  readonly arcs: readonly (readonly (readonly number[])[])[];
  readonly transform?: { readonly scale: readonly number[]; readonly translate: readonly number[] };
  readonly objects: Readonly<Record<string, TopoGeometry>>;
}

interface TopoGeometry {
  readonly type: string;
  readonly arcs?: unknown;
  readonly properties?: Record<string, unknown>;
  readonly geometries?: readonly TopoGeometry[];
}

/** Arcs as absolute coordinates: quantized files store deltas from the previous point. */
function decodeArcs(topology: Topology): [number, number][][] {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((point) => {
      if (!t) return [point[0]!, point[1]!];
      x += point[0]!;
      y += point[1]!;
      return [x * t.scale[0]! + t.translate[0]!, y * t.scale[1]! + t.translate[1]!];
    });
  });
}

function ringOf(indices: readonly number[], arcs: readonly [number, number][][]): [number, number][] {
  const ring: [number, number][] = [];
  for (const index of indices) {
    // A negative index is the arc ~index walked backwards.
    const arc = index >= 0 ? arcs[index] : [...(arcs[~index] ?? [])].reverse();
    if (!arc) throw new Error(`TopoJSON: arc ${index} does not exist`);
    // Consecutive arcs share their joining point.
    ring.push(...(ring.length > 0 ? arc.slice(1) : arc));
  }
  return ring;
}

function collect(geometry: TopoGeometry, arcs: readonly [number, number][][], out: ShapeFeature[]): void {
  if (geometry.type === 'GeometryCollection') {
    for (const g of geometry.geometries ?? []) collect(g, arcs, out);
    return;
  }
  const polygons =
    geometry.type === 'Polygon' ? [geometry.arcs as number[][]] : geometry.type === 'MultiPolygon' ? (geometry.arcs as number[][][]) : [];
  if (polygons.length === 0) return;
  out.push({ properties: geometry.properties ?? {}, rings: polygons.flatMap((polygon) => polygon.map((ring) => ringOf(ring, arcs))) });
}

/** The polygon features of every object of a topology. */
export function topologyFeatures(topology: unknown): ShapeFeature[] {
  const t = topology as Topology;
  if (!Array.isArray(t.arcs) || typeof t.objects !== 'object' || t.objects === null) throw new Error('TopoJSON: no arcs or objects');
  const arcs = decodeArcs(t);
  const out: ShapeFeature[] = [];
  for (const object of Object.values(t.objects)) collect(object, arcs, out);
  return out;
}

interface GeoFeature {
  readonly properties?: Record<string, unknown> | null;
  readonly geometry?: { readonly type: string; readonly coordinates: unknown } | null;
}

/** The polygon features of a GeoJSON FeatureCollection (points and lines are skipped). */
export function geojsonFeatures(collection: unknown): ShapeFeature[] {
  const features = (collection as { features?: readonly GeoFeature[] }).features;
  if (!Array.isArray(features)) throw new Error('GeoJSON: no features array');
  const out: ShapeFeature[] = [];
  for (const f of features) {
    const g = f.geometry;
    if (!g) continue;
    const polygons = g.type === 'Polygon' ? [g.coordinates as Ring[]] : g.type === 'MultiPolygon' ? (g.coordinates as Ring[][]) : [];
    if (polygons.length === 0) continue;
    out.push({ properties: f.properties ?? {}, rings: polygons.flat() });
  }
  return out;
}
