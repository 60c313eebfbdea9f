import { readFileSync } from 'node:fs';
import type { BoundaryShapes } from './boundary-index.ts';
import type { BoundaryUnit } from './boundary-units.ts';
import type { Ring } from './topojson.ts';

interface BoundaryMeta {
  readonly units: readonly BoundaryUnit[];
  /** Per ring: unit index, first point, end point. */
  readonly rings: readonly (readonly [number, number, number])[];
}

/** Units and their rings as the two files an import stores: JSON for the units, Float32 pairs for the points. */
export function encodeBoundaries(units: readonly BoundaryUnit[], ringsPerUnit: readonly (readonly Ring[])[]): { meta: string; coords: Buffer } {
  const rings: [number, number, number][] = [];
  let points = 0;
  ringsPerUnit.forEach((list, unit) => {
    for (const ring of list) {
      rings.push([unit, points, points + ring.length]);
      points += ring.length;
    }
  });
  const coords = new Float32Array(points * 2);
  let at = 0;
  for (const list of ringsPerUnit) {
    for (const ring of list) {
      for (const [x, y] of ring) {
        coords[at++] = x;
        coords[at++] = y;
      }
    }
  }
  const meta: BoundaryMeta = { units, rings };
  return { meta: JSON.stringify(meta), coords: Buffer.from(coords.buffer, coords.byteOffset, coords.byteLength) };
}

/** Reads what `encodeBoundaries` wrote. */
export function readBoundaries(metaPath: string, coordsPath: string): BoundaryShapes {
  const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as BoundaryMeta;
  const bytes = readFileSync(coordsPath);
  // A fresh aligned copy: the Buffer's own offset into Node's pool need not be a multiple of 4.
  const coords = new Float32Array(bytes.byteLength / 4);
  new Uint8Array(coords.buffer).set(bytes);
  return {
    units: meta.units,
    coords,
    ringUnit: Int32Array.from(meta.rings, (r) => r[0]),
    ringStart: Int32Array.from(meta.rings, (r) => r[1]),
    ringEnd: Int32Array.from(meta.rings, (r) => r[2]),
  };
}
