import { join } from 'node:path';
import { loadEmbeddedGazetteer } from './embedded-gazetteer.ts';
import type { Gazetteer } from './gazetteer.ts';
import { loadImportedGazetteer } from './imported-gazetteer.ts';
import { MergedGazetteer } from './merged-gazetteer.ts';

/** The gazetteer of a data directory: the embedded one (cached in `cache/`), with its imports laid over it. */
export function loadDataDirGazetteer(dataDir: string): Gazetteer {
  const embedded = loadEmbeddedGazetteer({ cacheDir: join(dataDir, 'cache') });
  const imported = loadImportedGazetteer(dataDir);
  return imported ? new MergedGazetteer(imported, embedded) : embedded;
}
