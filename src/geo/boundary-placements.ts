import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BoundaryIndex, UnitsAt } from './boundary-index.ts';
import type { BoundaryUnit } from './boundary-units.ts';
import { writeAtomically } from './gazetteer-cache.ts';
import type { PlaceStore } from './indexed-gazetteer.ts';
import { encodeIndexFile, IndexFile, IndexFileError } from './index-file.ts';

const KIND = 2;
const VERSION = 1;
const NONE = -1;

/**
 * The imported province and district polygons that hold each place of one store, found once per set of
 * imports (point-in-polygon once per place, never per look-up): per place, the positions of its two
 * units in the boundary unit list, -1 where no polygon holds it.
 */
export class Placements {
  constructor(
    private readonly units: readonly BoundaryUnit[],
    private readonly positions: Int32Array,
  ) {}

  unitsAt(index: number): UnitsAt {
    const admin1 = this.positions[2 * index]!;
    const admin2 = this.positions[2 * index + 1]!;
    return { admin1: admin1 === NONE ? null : this.units[admin1]!, admin2: admin2 === NONE ? null : this.units[admin2]! };
  }
}

/** Every place of `store` in the polygons of `index`. */
export function placeAll(store: PlaceStore, index: BoundaryIndex, units: readonly BoundaryUnit[]): Int32Array {
  const position = new Map<BoundaryUnit, number>(units.map((u, i) => [u, i]));
  const out = new Int32Array(2 * store.size);
  for (let i = 0; i < store.size; i += 1) {
    const at = index.unitsAt(store.latitude(i), store.longitude(i));
    out[2 * i] = at.admin1 ? (position.get(at.admin1) ?? NONE) : NONE;
    out[2 * i + 1] = at.admin2 ? (position.get(at.admin2) ?? NONE) : NONE;
  }
  return out;
}

/**
 * The placements of `stores` under `units`, read from `path` when it was written for the same `stamp`
 * (which names the stores' indexes and the boundary files), else computed and written there for the
 * next command. A data directory that cannot be written still gets its placements, for this run.
 */
export function loadPlacements(path: string, stamp: string, stores: readonly PlaceStore[], units: readonly BoundaryUnit[], index: () => BoundaryIndex): Placements[] {
  const stampBytes = Buffer.from(stamp, 'utf8');
  try {
    const file = IndexFile.read(path, KIND, VERSION);
    const fits = file.count === stores.length + 1 && Buffer.from(file.bytes(0)).equals(stampBytes) && stores.every((s, i) => file.int32(i + 1).length === 2 * s.size);
    if (fits) return stores.map((_, i) => new Placements(units, file.int32(i + 1)));
  } catch (error) {
    if (!(error instanceof IndexFileError) && (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const positions = stores.map((s) => placeAll(s, index(), units));
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeAtomically(path, encodeIndexFile(KIND, VERSION, [stampBytes, ...positions]));
  } catch (error) {
    // A read-only data directory: computed again next time, the same way.
    if (!['EACCES', 'EPERM', 'EROFS'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  }
  return positions.map((p) => new Placements(units, p));
}
