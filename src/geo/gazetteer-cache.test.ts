import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CACHE_VERSION, loadCitiesCache } from './gazetteer-cache.ts';
import { gazetteerDir, IMPORT_INDEX_VERSION, INDEX_FILE, storeImport } from './gazetteer-imports.ts';
import { IndexedGazetteer } from './indexed-gazetteer.ts';
import { AdminDirectory } from './admin-directory.ts';
import { encodeIndexFile } from './index-file.ts';
import { loadImportedGazetteer } from './imported-gazetteer.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A cities file in the GeoNames layout, three made-up towns.
const row = (id: number, name: string, alternates: string, lat: number, lon: number, admin1: string, population: number): string =>
  [id, name, name, alternates, lat, lon, 'P', 'PPL', 'SY', '', admin1, '', '', '', population, '', '300', 'Asia/Damascus', '2024-01-01'].join('\t');
const source = join(dir, 'cities.txt');
writeFileSync(source, [row(1, 'Tal Maleh', 'Tell Malah', 35.31, 36.52, '10', 3000), row(2, 'Jalma', '', 35.32, 36.49, '10', 2500), row(3, 'Idleb', 'Idlib', 35.93, 36.63, '12', 160000)].join('\n'));

function answer(cacheDir: string): { built: boolean; first: string | undefined } {
  const cache = loadCitiesCache(source, cacheDir, 'test');
  const gazetteer = new IndexedGazetteer(cache.places, cache.names, new AdminDirectory([], []));
  const place = gazetteer.lookup('Tal Milh')[0];
  return { built: cache.built, first: place && `${place.id} ${place.latitude} ${place.longitude} ${place.admin1Code}` };
}
const EXPECTED = 'geonames:1 35.31 36.52 10';

function manifest(cacheDir: string, version: number): void {
  const stat = statSync(source);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, 'cities500-manifest.json'), JSON.stringify({ version, sourceSize: stat.size, sourceMtimeMs: Math.floor(stat.mtimeMs), places: 3 }));
}

describe('embedded cache versions', () => {
  it('builds once, then reads', () => {
    const cacheDir = join(dir, 'fresh');
    expect(answer(cacheDir)).toEqual({ built: true, first: EXPECTED });
    expect(answer(cacheDir)).toEqual({ built: false, first: EXPECTED });
    expect(readdirSync(cacheDir).sort()).toEqual(['cities500-index.bin', 'cities500-manifest.json']);
  });

  it('rebuilds a cache an older version wrote, and removes its files', () => {
    const cacheDir = join(dir, 'old');
    manifest(cacheDir, 6);
    for (const file of ['cities500-places.tsv', 'cities500-keys.tsv', 'cities500-skeletons.tsv']) writeFileSync(join(cacheDir, file), 'talmal\t99.0\n');
    expect(answer(cacheDir)).toEqual({ built: true, first: EXPECTED });
    expect(readdirSync(cacheDir).sort()).toEqual(['cities500-index.bin', 'cities500-manifest.json']);
  });

  // The manifest says current but the index is not what this version reads: rebuilt, never misread.
  const broken: readonly (readonly [string, Uint8Array])[] = [
    ['an index of another layout version', encodeIndexFile(1, CACHE_VERSION - 1, [new Int32Array([1, 2, 3])])],
    ['an index of another kind', encodeIndexFile(2, CACHE_VERSION, [])],
    ['a text file where the index should be', Buffer.from('talmal\t99.0\n'.repeat(4))],
    ['an index cut short', encodeIndexFile(1, CACHE_VERSION, [new Float64Array(100)]).subarray(0, 40)],
  ];
  it.each(broken)('rebuilds %s', (label, bytes) => {
    const cacheDir = join(dir, label.replaceAll(' ', '-'));
    manifest(cacheDir, CACHE_VERSION);
    writeFileSync(join(cacheDir, 'cities500-index.bin'), bytes);
    expect(answer(cacheDir)).toEqual({ built: true, first: EXPECTED });
  });

  it('rebuilds when the index file is missing', () => {
    const cacheDir = join(dir, 'missing');
    manifest(cacheDir, CACHE_VERSION);
    expect(answer(cacheDir)).toEqual({ built: true, first: EXPECTED });
  });
});

describe('import index versions', () => {
  it('rebuilds the index of an older version from the stored imports', () => {
    const dataDir = join(dir, 'data');
    storeImport(dataDir, { format: 'fixture', file: 'a.tsv', admins: [], places: [{ id: 'f:1', name: 'Jalma', latitude: 35.32, longitude: 36.49, countryCode: 'SY', feature: 'PPL', admin1Code: '10', admin2Code: null, population: 2500, source: 'fixture' }] });
    const pointerPath = join(gazetteerDir(dataDir), 'index.json');
    const pointer = JSON.parse(readFileSync(pointerPath, 'utf8')) as { version: number; dir: string };
    // What a version-6 index directory held: text tables and no index file.
    rmSync(join(gazetteerDir(dataDir), pointer.dir, INDEX_FILE));
    writeFileSync(join(gazetteerDir(dataDir), pointer.dir, 'keys.tsv'), 'jalm\t0.1\n');
    writeFileSync(pointerPath, JSON.stringify({ ...pointer, version: 106 }));
    const place = loadImportedGazetteer(dataDir)!.gazetteer!.lookup('Jalmeh')[0];
    expect(place?.id).toBe('f:1');
    const rebuilt = JSON.parse(readFileSync(pointerPath, 'utf8')) as { version: number; dir: string };
    expect(rebuilt.version).toBe(IMPORT_INDEX_VERSION);
    expect(existsSync(join(gazetteerDir(dataDir), rebuilt.dir, INDEX_FILE))).toBe(true);
    expect(existsSync(join(gazetteerDir(dataDir), pointer.dir))).toBe(false);
  });
});
