import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AdminDirectory } from './admin-directory.ts';
import { importGazetteerFile } from './import-file.ts';
import { DISTRICTS_GEOJSON } from './import-fixtures.ts';
import { loadImportedGazetteer } from './imported-gazetteer.ts';
import { createMemoryGazetteer } from './memory-gazetteer.ts';
import { MergedGazetteer } from './merged-gazetteer.ts';
import { SYRIA_ADMINS, SYRIA_COUNTRIES } from './syria-fixture.ts';

// A made-up dump row and an embedded town that share a GeoNames id but not a name or a point: each store's
// place is put in the district polygons by itself, whichever is read first.
const DUMP_ROW = ['1001', 'Tall Bira', 'Tall Bira', '', '35.6', '36.6', 'P', 'PPL', 'SY', '', '07', '', '', '', '700', '', '300', 'Asia/Damascus', '2024-01-01'].join('\t');

const dir = mkdtempSync(join(tmpdir(), 'sitrep-placed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const directory = new AdminDirectory(SYRIA_COUNTRIES, SYRIA_ADMINS);
const dataDir = join(dir, 'data');
writeFileSync(join(dir, 'SY.txt'), `${DUMP_ROW}\n`);
writeFileSync(join(dir, 'districts.geojson'), DISTRICTS_GEOJSON);
importGazetteerFile(dataDir, join(dir, 'SY.txt'), 'geonames', directory);
importGazetteerFile(dataDir, join(dir, 'districts.geojson'), 'boundaries', directory);
const embedded = createMemoryGazetteer({
  places: [{ id: 'geonames:1001', name: 'Qasr Fidda', latitude: 35.3, longitude: 36.4, countryCode: 'SY', feature: 'PPL', admin1Code: null, admin2Code: null, population: 900, source: 'test' }],
  countries: SYRIA_COUNTRIES,
  admins: SYRIA_ADMINS,
});

describe('places put in polygons', () => {
  it('keeps each store its own place under an id both use', () => {
    const gazetteer = new MergedGazetteer(loadImportedGazetteer(dataDir)!, embedded);
    const town = gazetteer.match('Qasr Fidda')[0]!.place;
    const village = gazetteer.match('Tall Bira')[0]!.place;
    expect([town.name, town.admin2Code, town.source]).toEqual(['Qasr Fidda', 'SY0505', 'test']);
    expect([village.name, village.admin2Code, village.source]).toEqual(['Tall Bira', 'SY0702', 'geonames-dump']);
    expect(gazetteer.match('Qasr Fidda')[0]!.place).toBe(town);
  });
});
