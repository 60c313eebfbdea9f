import type { BoundaryUnit } from './boundary-units.ts';

/** Polygons as flat coordinates: ring `r` is points `starts[r]` to `ends[r]` of `coords` (lon, lat pairs). */
export interface BoundaryShapes {
  readonly units: readonly BoundaryUnit[];
  readonly coords: Float32Array;
  /** Per ring: the unit it belongs to, and where its points start and end. */
  readonly ringUnit: Int32Array;
  readonly ringStart: Int32Array;
  readonly ringEnd: Int32Array;
}

export interface UnitsAt {
  readonly admin1: BoundaryUnit | null;
  readonly admin2: BoundaryUnit | null;
}

interface RingRef {
  readonly shapes: BoundaryShapes;
  readonly ring: number;
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

// One-degree cells: a district spans a few, a query reads one cell's rings and tests only those whose box holds the point.
const CELL = 1;
const cellKey = (x: number, y: number): number => (Math.floor(y / CELL) + 90) * 1000 + (Math.floor(x / CELL) + 180);

/** Even-odd crossing test of one ring. */
function crossings(s: BoundaryShapes, ring: number, x: number, y: number): number {
  const c = s.coords;
  let count = 0;
  const start = s.ringStart[ring]!;
  const end = s.ringEnd[ring]!;
  for (let i = start, j = end - 1; i < end; j = i, i += 1) {
    const xi = c[2 * i]!;
    const yi = c[2 * i + 1]!;
    const xj = c[2 * j]!;
    const yj = c[2 * j + 1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) count += 1;
  }
  return count;
}

/**
 * Which imported province and district polygons hold a point: a grid of ring bounding boxes narrows the
 * search, then an even-odd test over all of a unit's rings (so holes and islands come out right).
 */
export class BoundaryIndex {
  private readonly cells = new Map<number, RingRef[]>();

  constructor(all: readonly BoundaryShapes[]) {
    for (const shapes of all) {
      for (let ring = 0; ring < shapes.ringUnit.length; ring += 1) {
        let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
        for (let i = shapes.ringStart[ring]!; i < shapes.ringEnd[ring]!; i += 1) {
          const x = shapes.coords[2 * i]!;
          const y = shapes.coords[2 * i + 1]!;
          if (x < minX) minX = x;
          if (x > maxX) maxX = x;
          if (y < minY) minY = y;
          if (y > maxY) maxY = y;
        }
        if (minX > maxX) continue;
        const ref: RingRef = { shapes, ring, minX, minY, maxX, maxY };
        for (let cy = Math.floor(minY / CELL); cy <= Math.floor(maxY / CELL); cy += 1) {
          for (let cx = Math.floor(minX / CELL); cx <= Math.floor(maxX / CELL); cx += 1) {
            const key = cellKey(cx * CELL, cy * CELL);
            const list = this.cells.get(key);
            if (list) list.push(ref);
            else this.cells.set(key, [ref]);
          }
        }
      }
    }
  }

  /** The province and district polygons that contain the point (the first imported of each level). */
  unitsAt(latitude: number, longitude: number): UnitsAt {
    const refs = this.cells.get(cellKey(longitude, latitude));
    if (!refs) return { admin1: null, admin2: null };
    // Crossings are summed per unit: a point inside an odd number of a unit's rings is inside the unit.
    const counts = new Map<BoundaryUnit, number>();
    for (const ref of refs) {
      if (longitude < ref.minX || longitude > ref.maxX || latitude < ref.minY || latitude > ref.maxY) continue;
      const n = crossings(ref.shapes, ref.ring, longitude, latitude);
      if (n === 0) continue;
      const unit = ref.shapes.units[ref.shapes.ringUnit[ref.ring]!]!;
      counts.set(unit, (counts.get(unit) ?? 0) + n);
    }
    let admin1: BoundaryUnit | null = null;
    let admin2: BoundaryUnit | null = null;
    for (const [unit, n] of counts) {
      if (n % 2 === 0) continue;
      if (unit.level === 1) admin1 ??= unit;
      else admin2 ??= unit;
    }
    return { admin1, admin2 };
  }
}
