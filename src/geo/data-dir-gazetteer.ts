import { join } from 'node:path';
import { loadPlacements } from './boundary-placements.ts';
import { loadEmbeddedGazetteer } from './embedded-gazetteer.ts';
import type { Gazetteer } from './gazetteer.ts';
import { citiesCacheStamp } from './gazetteer-cache.ts';
import { gazetteerDir } from './gazetteer-imports.ts';
import type { IndexedGazetteer } from './indexed-gazetteer.ts';
import { loadImportedGazetteer, type ImportedGazetteer } from './imported-gazetteer.ts';
import { MergedGazetteer, type StoredPlacements } from './merged-gazetteer.ts';

const PLACEMENTS_FILE = 'placements.bin';

/**
 * Where every embedded and imported place lies in the imported polygons, kept in `gazetteer/` under a
 * stamp of the embedded cache, the import index and the boundary files: found once, when any of them
 * changes, not at every run. Null when nothing but places was imported.
 */
function placements(dataDir: string, imported: ImportedGazetteer, embedded: IndexedGazetteer): StoredPlacements | null {
  if (!imported.hasBoundaries) return null;
  const stores = [embedded.store, ...(imported.gazetteer ? [imported.gazetteer.store] : [])];
  const stamp = JSON.stringify({ embedded: citiesCacheStamp(join(dataDir, 'cache')), imports: imported.stamp });
  const [own, ...rest] = loadPlacements(join(gazetteerDir(dataDir), PLACEMENTS_FILE), stamp, stores, imported.boundaryUnits, () => imported.boundaries()!);
  return { embedded: own!, imported: rest[0] ?? null };
}

function load(dataDir: string): { gazetteer: Gazetteer; place: () => void } {
  const embedded = loadEmbeddedGazetteer({ cacheDir: join(dataDir, 'cache') });
  const imported = loadImportedGazetteer(dataDir);
  if (!imported) return { gazetteer: embedded, place: () => undefined };
  let stored: StoredPlacements | null | undefined;
  const placed = (): StoredPlacements | null => (stored ??= placements(dataDir, imported, embedded));
  return { gazetteer: new MergedGazetteer(imported, embedded, placed), place: placed };
}

/** The gazetteer of a data directory: the embedded one (cached in `cache/`), with its imports laid over it. */
export function loadDataDirGazetteer(dataDir: string): Gazetteer {
  return load(dataDir).gazetteer;
}

/**
 * Puts every place in the imported polygons ahead of use, after an import. A data directory whose embedded
 * index was never built is left as it is: its first command builds both.
 */
export function prepareDataDirGazetteer(dataDir: string): void {
  if (citiesCacheStamp(join(dataDir, 'cache')) !== null) load(dataDir).place();
}
