import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GazetteerPlace } from './gazetteer.ts';
import type { PlaceStore } from './indexed-gazetteer.ts';
import { encodeGazetteerIndex, GAZETTEER_INDEX_VERSION, readGazetteerIndex } from './gazetteer-index-file.ts';
import { IndexFileError } from './index-file.ts';
import { NameIndex } from './name-index.ts';
import { parseGeonamesLine } from './geonames-row.ts';
import { placeProminence } from './place-prominence.ts';

/** Bump when the cache layout or the name key changes, so old caches are rebuilt. */
export const CACHE_VERSION = GAZETTEER_INDEX_VERSION;
const INDEX_FILE = 'cities500-index.bin';
const MANIFEST_FILE = 'cities500-manifest.json';
// What caches before version 7 kept: removed when the cache is rebuilt, so they do not linger.
const OLD_FILES = ['cities500-places.tsv', 'cities500-keys.tsv', 'cities500-skeletons.tsv'];

interface Manifest {
  readonly version: number;
  readonly sourceSize: number;
  readonly sourceMtimeMs: number;
  readonly places: number;
}

function sourceStamp(sourcePath: string): { sourceSize: number; sourceMtimeMs: number } {
  const stat = statSync(sourcePath);
  return { sourceSize: stat.size, sourceMtimeMs: Math.floor(stat.mtimeMs) };
}

function freshManifest(cacheDir: string, sourcePath: string): Manifest | null {
  try {
    const cached = JSON.parse(readFileSync(join(cacheDir, MANIFEST_FILE), 'utf8')) as Manifest;
    const current = sourceStamp(sourcePath);
    const fresh =
      cached.version === CACHE_VERSION &&
      cached.sourceSize === current.sourceSize &&
      cached.sourceMtimeMs === current.sourceMtimeMs;
    return fresh ? cached : null;
  } catch {
    return null;
  }
}

// Written beside the target and renamed, so a concurrent reader never sees half a file.
export function writeAtomically(path: string, content: string | Uint8Array): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

/** Parses the GeoNames file once and writes the compact index of its places into `cacheDir`. */
export function buildCitiesCache(sourcePath: string, cacheDir: string, source: string): Manifest {
  const places: GazetteerPlace[] = [];
  // Per place its names, the place's own first (as the GeoNames row gives them).
  const names: (readonly string[])[] = [];
  for (const line of readFileSync(sourcePath, 'utf8').split('\n')) {
    const row = parseGeonamesLine(line, source);
    if (!row) continue;
    names.push(row.names);
    places.push(row.place);
  }
  const index = NameIndex.build(places.length, (i) => names[i]!, (i) => placeProminence(places[i]!.feature, places[i]!.population));
  mkdirSync(cacheDir, { recursive: true });
  writeAtomically(join(cacheDir, INDEX_FILE), encodeGazetteerIndex(places, index));
  // The manifest goes last: its presence says the index is complete.
  const manifest: Manifest = { version: CACHE_VERSION, ...sourceStamp(sourcePath), places: places.length };
  writeAtomically(join(cacheDir, MANIFEST_FILE), JSON.stringify(manifest));
  for (const old of OLD_FILES) rmSync(join(cacheDir, old), { force: true });
  return manifest;
}

/** What names the current cache (its manifest), so that what is derived from its places can tell it changed. */
export function citiesCacheStamp(cacheDir: string): string | null {
  try {
    return readFileSync(join(cacheDir, MANIFEST_FILE), 'utf8');
  } catch {
    return null;
  }
}

export interface CitiesCache {
  readonly places: PlaceStore;
  readonly names: NameIndex;
  /** Whether this call had to parse the GeoNames file. */
  readonly built: boolean;
}

/** Reads the cache, building it first when it is missing, of another version, or older than the source file. */
export function loadCitiesCache(sourcePath: string, cacheDir: string, source: string): CitiesCache {
  const fresh = freshManifest(cacheDir, sourcePath);
  if (fresh) {
    try {
      return { ...readGazetteerIndex(join(cacheDir, INDEX_FILE), source), built: false };
    } catch (error) {
      // A manifest without its index (removed by hand) or an index another version wrote: build again.
      if (!(error instanceof IndexFileError) && (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  buildCitiesCache(sourcePath, cacheDir, source);
  return { ...readGazetteerIndex(join(cacheDir, INDEX_FILE), source), built: true };
}
