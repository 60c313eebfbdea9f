import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AdminDirectory } from './admin-directory.ts';
import { readBoundaries } from './boundary-file.ts';
import { BoundaryIndex } from './boundary-index.ts';
import type { BoundaryUnit } from './boundary-units.ts';
import type { AdminUnit } from './gazetteer.ts';
import { gazetteerDir, IMPORT_INDEX_VERSION, INDEX_FILE, rebuildImportIndex, type IndexPointer } from './gazetteer-imports.ts';
import { readGazetteerIndex } from './gazetteer-index-file.ts';
import { IndexedGazetteer } from './indexed-gazetteer.ts';

export const IMPORTED_SOURCE = 'import';

export interface ImportedGazetteer {
  readonly gazetteer: IndexedGazetteer | null;
  /** Every imported unit, places' and boundaries' alike. */
  readonly admins: readonly AdminUnit[];
  readonly directory: AdminDirectory;
  /** Whether any boundary polygons were imported: known without reading them. */
  readonly hasBoundaries: boolean;
  /** Read on first use: most commands never ask where a point lies, and stored placements answer for places. */
  readonly boundaries: () => BoundaryIndex | null;
  /** The units of the boundary polygons, in the order of their files. */
  readonly boundaryUnits: readonly BoundaryUnit[];
  /** Names this set of imports: the index directory and each boundary file with its size and time. */
  readonly stamp: string;
}

/** The current index; an index of an older layout or key is rebuilt from the stored imports, once. */
function readPointer(dataDir: string): IndexPointer | null {
  const path = join(gazetteerDir(dataDir), 'index.json');
  if (!existsSync(path)) return null;
  const pointer = JSON.parse(readFileSync(path, 'utf8')) as IndexPointer;
  return pointer.version === IMPORT_INDEX_VERSION ? pointer : rebuildImportIndex(dataDir);
}

/** What `sitrep gazetteer import` stored in a data directory; null when nothing was ever imported. */
export function loadImportedGazetteer(dataDir: string): ImportedGazetteer | null {
  const root = gazetteerDir(dataDir);
  const pointer = readPointer(dataDir);
  const boundaryDir = join(root, 'boundaries');
  const boundaryFiles = existsSync(boundaryDir) ? readdirSync(boundaryDir).filter((f) => f.endsWith('.json')).sort() : [];
  if (!pointer && boundaryFiles.length === 0) return null;
  const shapes = boundaryFiles.map((f) => readBoundaries(join(boundaryDir, f), join(boundaryDir, f.replace(/\.json$/, '.f32'))));
  const boundaryUnits: BoundaryUnit[] = shapes.flatMap((s) => s.units);
  let boundaries: BoundaryIndex | null | undefined;
  const lazyBoundaries = (): BoundaryIndex | null => (boundaries ??= shapes.length > 0 ? new BoundaryIndex(shapes) : null);
  const files = boundaryFiles.map((f) => {
    const stat = statSync(join(boundaryDir, f.replace(/\.json$/, '.f32')));
    return `${f}:${stat.size}:${Math.floor(stat.mtimeMs)}`;
  });
  const stamp = JSON.stringify({ index: pointer?.dir ?? null, boundaries: files });
  const common = { hasBoundaries: shapes.length > 0, boundaries: lazyBoundaries, boundaryUnits, stamp };
  if (!pointer) return { gazetteer: null, admins: boundaryUnits, directory: new AdminDirectory([], boundaryUnits), ...common };
  const dir = join(root, pointer.dir);
  const admins = [...(JSON.parse(readFileSync(join(dir, 'admins.json'), 'utf8')) as AdminUnit[]), ...boundaryUnits];
  const { places, names } = readGazetteerIndex(join(dir, INDEX_FILE), IMPORTED_SOURCE);
  const directory = new AdminDirectory([], admins);
  return { gazetteer: new IndexedGazetteer(places, names, directory), admins, directory, ...common };
}
