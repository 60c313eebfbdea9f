import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AdminDirectory } from './admin-directory.ts';
import { importGazetteerFile } from './import-file.ts';
import { DISTRICTS_GEOJSON } from './import-fixtures.ts';
import { loadImportedGazetteer } from './imported-gazetteer.ts';
import { createMemoryGazetteer } from './memory-gazetteer.ts';
import { loadPlacements } from './boundary-placements.ts';
import { MergedGazetteer, type StoredPlacements } from './merged-gazetteer.ts';
import { SYRIA_ADMINS, SYRIA_COUNTRIES, SYRIA_PLACES } from './syria-fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-district-polygons-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const dataDir = join(dir, 'data');
const directory = new AdminDirectory(SYRIA_COUNTRIES, SYRIA_ADMINS);

// Made-up villages: the first one's point lies in another district of its own province (the Al Ma'ra square of
// the fixture GeoJSON), the second's in a district of another province (the Muhradah square), the third in no
// imported polygon.
const TABLE = [
  'pcode\tname_en\tadm2_pcode\tadm2_en\tadm1_pcode\tadm1_en\tlat\tlon',
  'C3\tTal Wardeh\tSY0700\tIdleb\tSY07\tIdleb\t35.60\t36.50',
  'C1\tKherbet Nadeem\tSY0700\tIdleb\tSY07\tIdleb\t35.40\t36.45',
  'C2\tBir Sallum\tSY0700\tIdleb\tSY07\tIdleb\t35.95\t36.75',
].join('\n');
const write = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
importGazetteerFile(dataDir, write('villages.tsv', TABLE), 'ocha', directory);
importGazetteerFile(dataDir, write('districts.geojson', DISTRICTS_GEOJSON), 'boundaries', directory);
const imported = loadImportedGazetteer(dataDir)!;
const embedded = createMemoryGazetteer({ places: SYRIA_PLACES, countries: SYRIA_COUNTRIES, admins: SYRIA_ADMINS });
const placementsPath = join(dir, 'placements.bin');
const noIndex = (): never => {
  throw new Error('placements were computed again');
};
function placements(stamp: string, index: typeof noIndex | (() => NonNullable<ReturnType<typeof imported.boundaries>>)): StoredPlacements {
  const [own, other] = loadPlacements(placementsPath, stamp, [embedded.store, imported.gazetteer!.store], imported.boundaryUnits, index);
  return { embedded: own!, imported: other! };
}
const stored = placements('first', () => imported.boundaries()!);
const written = readFileSync(placementsPath);
const gazetteers: readonly (readonly [string, MergedGazetteer])[] = [
  ['each place put in polygons when read', new MergedGazetteer(imported, embedded)],
  ['every place put in polygons ahead', new MergedGazetteer(imported, embedded, () => stored)],
];

describe('placements kept between runs', () => {
  it('reads them back under the same stamp, without the polygons', () => {
    expect(() => placements('first', noIndex)).not.toThrow();
  });

  it('finds them again under another stamp (other imports), and keeps those', () => {
    expect(() => placements('second', noIndex)).toThrow('computed again');
    placements('second', () => imported.boundaries()!);
    expect(readFileSync(placementsPath).equals(written)).toBe(false);
    expect(() => placements('second', noIndex)).not.toThrow();
  });
});

describe.each(gazetteers)('districts from polygons, %s', (_label, gazetteer) => {
  const table: readonly (readonly [string, string | null])[] = [
    // An exact point's district is the polygon that holds it, whatever district the table wrote;
    ['Tal Wardeh', "Al Ma'ra"],
    // but a polygon of another province than the table's is a border the two sources draw differently: the
    // table, which names the province, stands (a report naming that province would otherwise lose the village).
    ['Kherbet Nadeem', 'Idleb'],
    // Negative row: outside every imported polygon, the table's district stands.
    ['Bir Sallum', 'Idleb'],
  ];
  it.each(table)('%s', (name, district) => {
    const place = gazetteer.lookup(name)[0]!;
    expect(gazetteer.admin2(place.countryCode, place.admin1Code!, place.admin2Code!)?.name ?? null).toBe(district);
  });
});

describe('polygons read only where stored placements do not answer', () => {
  const counted = (): [MergedGazetteer, () => number] => {
    let reads = 0;
    const counting = { ...imported, boundaries: () => ((reads += 1), imported.boundaries()) };
    return [new MergedGazetteer(counting, embedded, () => stored), () => reads];
  };

  it('places every candidate from the stored placements, the polygons left unread', () => {
    const [gazetteer, reads] = counted();
    for (const name of ['Tal Wardeh', 'Kherbet Nadeem', 'Bir Sallum', 'Idlib', 'Aleppo']) for (const m of gazetteer.match(name)) expect(m.place.admin1Code).not.toBeUndefined();
    expect(reads()).toBe(0);
  });

  it('reads them for a place the stored placements do not cover', () => {
    let reads = 0;
    const counting = { ...imported, boundaries: () => ((reads += 1), imported.boundaries()) };
    const gazetteer = new MergedGazetteer(counting, embedded);
    const place = gazetteer.lookup('Tal Wardeh')[0]!;
    expect(gazetteer.admin2(place.countryCode, place.admin1Code!, place.admin2Code!)?.name).toBe("Al Ma'ra");
    expect(reads).toBeGreaterThan(0);
  });
});
