import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { unwrapRing } from './antimeridian.ts';
import type { BoundaryShapes } from './boundary-index.ts';
import { readBoundaries } from './boundary-file.ts';
import { gazetteerDir } from './gazetteer-imports.ts';

/**
 * Imported admin boundaries as lines a map draws: one feature per unit, its rings as a MultiLineString,
 * each ring thinned to points at least `tolerance` degrees apart (its first and last always kept), so
 * that a country's districts cost a browser tens of kilobytes rather than megabytes.
 */

export interface BoundaryLine {
  readonly type: 'Feature';
  readonly properties: { readonly name: string; readonly code: string; readonly country: string; readonly level: 1 | 2 };
  readonly geometry: { readonly type: 'MultiLineString'; readonly coordinates: [number, number][][] };
}

export interface BoundaryLines {
  readonly type: 'FeatureCollection';
  readonly features: BoundaryLine[];
}

const round = (v: number): number => Math.round(v * 1e4) / 1e4;

export function boundaryLines(sets: readonly BoundaryShapes[], level: 1 | 2, tolerance: number): BoundaryLines {
  const features: BoundaryLine[] = [];
  for (const shapes of sets) {
    const linesOf = new Map<number, [number, number][][]>();
    for (let ring = 0; ring < shapes.ringUnit.length; ring++) {
      const unit = shapes.ringUnit[ring]!;
      if (shapes.units[unit]?.level !== level) continue;
      // A ring astride 180° stays one line across the meridian, not a band across the world.
      const line = unwrapRing(thinned(shapes.coords, shapes.ringStart[ring]!, shapes.ringEnd[ring]!, tolerance));
      if (line.length >= 2) (linesOf.get(unit) ?? linesOf.set(unit, []).get(unit)!).push(line);
    }
    for (const [unit, coordinates] of linesOf) {
      const { name, code, countryCode } = shapes.units[unit]!;
      features.push({ type: 'Feature', properties: { name, code, country: countryCode, level }, geometry: { type: 'MultiLineString', coordinates } });
    }
  }
  return { type: 'FeatureCollection', features };
}

function thinned(coords: Float32Array, start: number, end: number, tolerance: number): [number, number][] {
  const out: [number, number][] = [];
  let [lastX, lastY] = [Infinity, Infinity];
  for (let p = start; p < end; p++) {
    const [x, y] = [coords[p * 2]!, coords[p * 2 + 1]!];
    if (p === start || p === end - 1 || Math.abs(x - lastX) >= tolerance || Math.abs(y - lastY) >= tolerance) {
      out.push([round(x), round(y)]);
      [lastX, lastY] = [x, y];
    }
  }
  return out;
}

/** The boundary sets `sitrep gazetteer import` stored in a data directory; none when nothing was imported. */
export function storedBoundaries(dataDir: string): BoundaryShapes[] {
  const dir = join(gazetteerDir(dataDir), 'boundaries');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readBoundaries(join(dir, f), join(dir, f.replace(/\.json$/, '.f32'))));
}
