import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { encodeBoundaries } from './boundary-file.ts';
import type { BoundaryUnit } from './boundary-units.ts';
import type { AdminUnit } from './gazetteer.ts';
import { CACHE_VERSION, writeAtomically } from './gazetteer-cache.ts';
import { encodeGazetteerIndex } from './gazetteer-index-file.ts';
import type { MemoryPlace } from './memory-gazetteer.ts';
import { NameIndex } from './name-index.ts';
import { placeProminence } from './place-prominence.ts';
import type { Ring } from './topojson.ts';

/**
 * The data directory's imported places: each import is kept as its own normalised list
 * (`gazetteer/imports/<name>.json`; importing the same file again replaces it), and after every import
 * one compact index over all of them is built (`gazetteer/index-*`), which commands load as they load
 * the embedded cache. `gazetteer/index.json`, written last and renamed into place, names the current one.
 */
// Both indexes hold name keys: a change of key (a new cache version) rebuilds this one too.
export const IMPORT_INDEX_VERSION = 100 + CACHE_VERSION;
/** The places and names of an index directory, in one file. */
export const INDEX_FILE = 'index.bin';

export interface StoredImport {
  readonly format: string;
  readonly file: string;
  readonly places: readonly MemoryPlace[];
  readonly admins: readonly AdminUnit[];
}

export interface IndexPointer {
  readonly version: number;
  readonly dir: string;
  readonly places: number;
  readonly imports: readonly string[];
}

export function gazetteerDir(dataDir: string): string {
  return join(dataDir, 'gazetteer');
}

function slugOf(format: string, file: string): string {
  const stem = basename(file).replace(/\.(gz|zip)$/i, '').replace(/\.[a-z]+$/i, '');
  return `${format}-${stem}`.replace(/[^A-Za-z0-9._-]+/g, '_');
}

/** Keeps one import's places and units, then rebuilds the index over every import. */
export function storeImport(dataDir: string, stored: StoredImport): IndexPointer {
  const dir = join(gazetteerDir(dataDir), 'imports');
  mkdirSync(dir, { recursive: true });
  const name = `${slugOf(stored.format, stored.file)}.json`;
  writeAtomically(join(dir, name), JSON.stringify(stored));
  // The import just written need not be read back.
  return rebuildImportIndex(dataDir, new Map([[name, stored]]));
}

/** Keeps one boundary file's units and polygons beside the place imports. */
export function storeBoundaries(dataDir: string, file: string, units: readonly BoundaryUnit[], rings: readonly (readonly Ring[])[]): string {
  const dir = join(gazetteerDir(dataDir), 'boundaries');
  mkdirSync(dir, { recursive: true });
  const slug = slugOf('boundaries', file);
  const { meta, coords } = encodeBoundaries(units, rings);
  // The points first and the units last: a reader lists boundary sets by their units file.
  writeAtomically(join(dir, `${slug}.f32`), coords);
  writeAtomically(join(dir, `${slug}.json`), meta);
  return slug;
}

/** A place's names, its own first, in one list reused from place to place (the index reads it at once). */
const names: string[] = [];
function namesOf(place: MemoryPlace): readonly string[] {
  names.length = 0;
  names.push(place.name);
  for (const alternate of place.alternateNames ?? []) names.push(alternate);
  return names;
}

/** Builds the compact index of all stored imports; later imports win where two give the same place id. */
export function rebuildImportIndex(dataDir: string, known: ReadonlyMap<string, StoredImport> = new Map()): IndexPointer {
  const root = gazetteerDir(dataDir);
  const importsDir = join(root, 'imports');
  const files = existsSync(importsDir) ? readdirSync(importsDir).filter((f) => f.endsWith('.json')).sort() : [];
  const byId = new Map<string, MemoryPlace>();
  const admins: AdminUnit[] = [];
  for (const file of files) {
    const stored = known.get(file) ?? (JSON.parse(readFileSync(join(importsDir, file), 'utf8')) as StoredImport);
    for (const place of stored.places) byId.set(place.id, place);
    admins.push(...stored.admins);
  }
  const places = [...byId.values()];
  const index = NameIndex.build(places.length, (i) => namesOf(places[i]!), (i) => placeProminence(places[i]!.feature, places[i]!.population));
  const name = `index-${Date.now().toString(36)}-${process.pid}`;
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeAtomically(join(dir, INDEX_FILE), encodeGazetteerIndex(places, index));
  writeAtomically(join(dir, 'admins.json'), JSON.stringify(admins));
  const pointer: IndexPointer = { version: IMPORT_INDEX_VERSION, dir: name, places: places.length, imports: files };
  writeAtomically(join(root, 'index.json'), JSON.stringify(pointer));
  // Earlier indexes are no longer named by the pointer; a command that loaded one has it in memory.
  for (const entry of readdirSync(root)) if (entry.startsWith('index-') && entry !== name) rmSync(join(root, entry), { recursive: true, force: true });
  return pointer;
}
