import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { AdminDirectory } from './admin-directory.ts';
import { boundaryUnit, type BoundaryUnit } from './boundary-units.ts';
import { storeBoundaries, storeImport } from './gazetteer-imports.ts';
import { parseGeonamesAdminCodes } from './geonames-admin-codes.ts';
import { parseGeonamesDump } from './geonames-dump.ts';
import { parseOchaCommunities } from './ocha-communities.ts';
import type { Admin1Codes, ImportProblem } from './place-import.ts';
import { geojsonFeatures, topologyFeatures, type Ring } from './topojson.ts';
import { readZipEntry } from './zip-entry.ts';

export const IMPORT_FORMATS = ['ocha', 'geonames', 'geonames-admin', 'boundaries'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportReport {
  readonly file: string;
  readonly format: ImportFormat;
  readonly places: number;
  readonly units: number;
  readonly problems: readonly ImportProblem[];
}

/**
 * The format a file's name suggests: "*.geojson", "*.topo.json(.gz)" are boundaries, "admin2Codes.txt" GeoNames'
 * unit names, "CC.txt"/"CC.zip" a GeoNames dump.
 */
export function guessFormat(file: string): ImportFormat | null {
  const name = basename(file).toLowerCase().replace(/\.gz$/, '');
  if (/^admin[12]codes(ascii)?\.txt$/.test(name)) return 'geonames-admin';
  if (/\.(geo|topo)?json$/.test(name)) return 'boundaries';
  if (/\.(txt|zip)$/.test(name)) return 'geonames';
  if (/\.(tsv|csv)$/.test(name)) return 'ocha';
  return null;
}

/** The bytes of an import file, unpacked from gzip or from the first ".txt" of a zip. */
export function readImportBytes(file: string, bytes: Buffer = readFileSync(file)): Buffer {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return gunzipSync(bytes);
  if (bytes.readUInt32LE(0) === 0x04034b50) {
    const entry = readZipEntry(bytes, (name) => name.endsWith('.txt') && !/readme/i.test(name));
    if (!entry) throw new Error(`${file}: the zip archive holds no .txt file`);
    return entry.content;
  }
  return bytes;
}

/** Province codes as the embedded directory has them: the first province of the country with one of the names. */
export function admin1CodesFrom(directory: AdminDirectory): Admin1Codes {
  return (countryCode, names) => {
    for (const name of names) {
      const unit = directory.admin1ByName(name, countryCode)[0];
      if (unit) return unit.code;
    }
    return null;
  };
}

function readBoundaryFeatures(text: string, admin1Codes: Admin1Codes, country?: string): { units: BoundaryUnit[]; rings: Ring[][]; problems: ImportProblem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { units: [], rings: [], problems: [{ line: 0, message: `not valid JSON (${error instanceof Error ? error.message : String(error)})` }] };
  }
  const features = (json as { type?: string }).type === 'Topology' ? topologyFeatures(json) : geojsonFeatures(json);
  const units: BoundaryUnit[] = [];
  const rings: Ring[][] = [];
  const problems: ImportProblem[] = [];
  features.forEach((feature, index) => {
    const unit = boundaryUnit(feature, admin1Codes, country);
    // Features have no line of their own in a JSON file: they are named by their position.
    if (typeof unit === 'string') problems.push({ line: 0, message: `feature ${index + 1}: ${unit}` });
    else {
      units.push(unit);
      rings.push([...feature.rings]);
    }
  });
  if (features.length === 0) problems.push({ line: 0, message: 'no polygon features' });
  return { units, rings, problems };
}

/**
 * Reads one file into the data directory's gazetteer: good rows are kept, each bad one is reported with its
 * line, and the stored files are written whole or not at all.
 */
export function importGazetteerFile(dataDir: string, file: string, format: ImportFormat, directory: AdminDirectory, country?: string, bytes?: Buffer): ImportReport {
  const text = readImportBytes(file, bytes).toString('utf8');
  const admin1Codes = admin1CodesFrom(directory);
  if (format === 'boundaries') {
    const { units, rings, problems } = readBoundaryFeatures(text, admin1Codes, country);
    if (units.length > 0) storeBoundaries(dataDir, file, units, rings);
    return { file, format, places: 0, units: units.length, problems };
  }
  const parsed =
    format === 'ocha' ? parseOchaCommunities(text, admin1Codes, country) : format === 'geonames-admin' ? parseGeonamesAdminCodes(text, country) : parseGeonamesDump(text, country);
  if (parsed.places.length > 0 || parsed.admins.length > 0) {
    storeImport(dataDir, { format, file: basename(file), places: parsed.places, admins: parsed.admins });
  }
  return { file, format, places: parsed.places.length, units: parsed.admins.length, problems: parsed.problems };
}
