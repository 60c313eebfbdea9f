import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GazetteerPlace } from './gazetteer.ts';
import type { PlaceStore } from './indexed-gazetteer.ts';
import { NameIndex } from './name-index.ts';
import { parseGeonamesLine } from './geonames-row.ts';
import { placeProminence } from './place-prominence.ts';
import { HashedKeyTable } from './hashed-key-table.ts';

/** Bump when the cache layout or the name key changes, so old caches are rebuilt. */
export const CACHE_VERSION = 6;
const PLACES_FILE = 'cities500-places.tsv';
const KEYS_FILE = 'cities500-keys.tsv';
const SKELETONS_FILE = 'cities500-skeletons.tsv';
const MANIFEST_FILE = 'cities500-manifest.json';
const NEWLINE = 10;

interface Manifest {
  readonly version: number;
  readonly sourceSize: number;
  readonly sourceMtimeMs: number;
  readonly places: number;
}

/** Places kept as the bytes of the cache file and decoded on first use: loading is one read and one scan. */
export class CachedPlaceStore implements PlaceStore {
  private readonly parsed = new Map<number, GazetteerPlace>();
  private readonly starts: Int32Array;

  constructor(
    private readonly bytes: Buffer,
    count: number,
    private readonly source: string,
  ) {
    this.starts = new Int32Array(count + 1);
    let start = 0;
    for (let line = 0; line < count; line += 1) {
      this.starts[line] = start;
      const end = bytes.indexOf(NEWLINE, start);
      start = end < 0 ? bytes.length : end + 1;
    }
    // One past the last line's end, so that its text (read up to start - 1) leaves out the final newline.
    this.starts[count] = bytes.length > 0 && bytes[bytes.length - 1] === NEWLINE ? bytes.length : bytes.length + 1;
  }

  get size(): number {
    return this.starts.length - 1;
  }

  place(index: number): GazetteerPlace {
    const known = this.parsed.get(index);
    if (known) return known;
    const line = this.bytes.toString('utf8', this.starts[index]!, this.starts[index + 1]! - 1);
    const f = line.split('\t');
    const place: GazetteerPlace = {
      id: f[0]!,
      name: f[1]!,
      latitude: Number(f[2]),
      longitude: Number(f[3]),
      countryCode: f[4]!,
      feature: f[5]!,
      admin1Code: f[6] || null,
      admin2Code: f[7] || null,
      population: Number(f[8]),
      // Imported indexes hold places of several sources and write each line's; cities500 lines have none.
      source: f[9] || this.source,
    };
    this.parsed.set(index, place);
    return place;
  }
}

export function placeLine(p: GazetteerPlace, withSource = false): string {
  const fields = [p.id, p.name, p.latitude, p.longitude, p.countryCode, p.feature, p.admin1Code ?? '', p.admin2Code ?? '', p.population];
  if (withSource) fields.push(p.source);
  return fields.join('\t');
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

/** Parses the GeoNames file once and writes the compact places and name tables into `cacheDir`. */
export function buildCitiesCache(sourcePath: string, cacheDir: string, source: string): Manifest {
  const places: GazetteerPlace[] = [];
  const names: [number, string][] = [];
  for (const line of readFileSync(sourcePath, 'utf8').split('\n')) {
    const row = parseGeonamesLine(line, source);
    if (!row) continue;
    for (const name of row.names) names.push([places.length, name]);
    places.push(row.place);
  }
  const prominence = places.map((p) => placeProminence(p.feature, p.population));
  const { postings, skeletons } = NameIndex.build(names, (i) => prominence[i]!, (i) => places[i]!.name).files();
  mkdirSync(cacheDir, { recursive: true });
  writeAtomically(join(cacheDir, PLACES_FILE), places.map((p) => placeLine(p)).join('\n') + '\n');
  writeAtomically(join(cacheDir, KEYS_FILE), postings);
  writeAtomically(join(cacheDir, SKELETONS_FILE), skeletons);
  // The manifest goes last: its presence says the other files are complete.
  const manifest: Manifest = { version: CACHE_VERSION, ...sourceStamp(sourcePath), places: places.length };
  writeAtomically(join(cacheDir, MANIFEST_FILE), JSON.stringify(manifest));
  return manifest;
}

export interface CitiesCache {
  readonly places: PlaceStore;
  readonly names: NameIndex;
  /** Whether this call had to parse the GeoNames file. */
  readonly built: boolean;
}

/** Reads the cache, building it first when it is missing or older than the source file. */
export function loadCitiesCache(sourcePath: string, cacheDir: string, source: string): CitiesCache {
  const fresh = freshManifest(cacheDir, sourcePath);
  const manifest = fresh ?? buildCitiesCache(sourcePath, cacheDir, source);
  const places = new CachedPlaceStore(readFileSync(join(cacheDir, PLACES_FILE)), manifest.places, source);
  const names = new NameIndex(
    new HashedKeyTable(readFileSync(join(cacheDir, KEYS_FILE))),
    new HashedKeyTable(readFileSync(join(cacheDir, SKELETONS_FILE))),
  );
  return { places, names, built: fresh === null };
}
