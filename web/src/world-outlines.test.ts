import { describe, expect, it } from 'vitest';
import { worldOutlines } from './world-outlines.ts';

/** The base map's countries: no ring jumps across the world (the band a ring astride 180° would draw). */
describe('worldOutlines', () => {
  const rings = (f: GeoJSON.Feature): GeoJSON.Position[][] =>
    f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.flat() : [];
  const widestStep = (f: GeoJSON.Feature) => Math.max(0, ...rings(f).flatMap((r) => r.slice(1).map((p, i) => Math.abs(p[0]! - r[i]![0]!))));
  const named = (name: string) => worldOutlines().features.find((f) => f.properties?.['name'] === name)!;

  it.each(['Fiji', 'Russia'])('draws %s astride 180° without a step across the world', (name) => {
    expect(widestStep(named(name))).toBeLessThan(180);
    // Still astride: some of it lies past 180° (MapLibre wraps it onto the other side).
    expect(Math.max(...rings(named(name)).flat().map((p) => Math.abs(p[0]!)))).toBeGreaterThan(180);
  });

  it('leaves every other country alone, and no country steps across the world', () => {
    expect(worldOutlines().features.filter((f) => widestStep(f) >= 180).map((f) => f.properties?.['name'])).toEqual([]);
    expect(Math.max(...rings(named('France')).flat().map((p) => Math.abs(p[0]!)))).toBeLessThan(180);
  });
});
