import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AdminDirectory } from './admin-directory.ts';
import { isGeonamesAdminCodes, parseGeonamesAdminCodes } from './geonames-admin-codes.ts';
import { importGazetteerFile } from './import-file.ts';
import { loadImportedGazetteer } from './imported-gazetteer.ts';
import { createMemoryGazetteer } from './memory-gazetteer.ts';
import { MergedGazetteer } from './merged-gazetteer.ts';
import { SYRIA_ADMINS, SYRIA_COUNTRIES } from './syria-fixture.ts';

// Made-up district codes and names in the table's layout; the third code has a space, as some of GeoNames' do.
const TABLE = [
  'SY.08.900001\tQasr Nadeem District\tQasr Nadeem District\t900001',
  'YE.15.900002\tWadi Sahl\tWadi Sahl\t900002',
  'RU.73.Upper Bend Rayon\tUpper Bend District\tUpper Bend District\t900003',
  'SY.08\tno district part\tno district part\t900004',
  'SY.08.900005\tonly two columns',
].join('\n');

describe('GeoNames admin code tables', () => {
  it('is told from a country dump by its first line', () => {
    expect(isGeonamesAdminCodes(TABLE)).toBe(true);
    expect(isGeonamesAdminCodes('170000\tQasr\tQasr\t\t33.5\t36.4\tP\tPPL\tSY\t\t08\t\t\t\t0\t\t700\tAsia/Damascus\t2020-01-01\n')).toBe(false);
  });

  const table: readonly (readonly [string, string, string, readonly string[]])[] = [
    // The "District" word is dropped from the name and kept as an alias.
    ['SY', '08.900001', 'Qasr Nadeem', ['Qasr Nadeem District']],
    ['YE', '15.900002', 'Wadi Sahl', []],
    ['RU', '73.Upper Bend Rayon', 'Upper Bend', ['Upper Bend District']],
  ];
  it.each(table)('%s %s is %s', (country, code, name, aliases) => {
    const unit = parseGeonamesAdminCodes(TABLE).admins.find((u) => u.countryCode === country && u.code === code);
    expect(unit).toMatchObject({ name, aliases, level: 2 });
  });

  it('reports each bad line by number and keeps the rest', () => {
    const parsed = parseGeonamesAdminCodes(TABLE);
    expect(parsed.admins).toHaveLength(3);
    expect(parsed.problems.map((p) => p.line)).toEqual([4, 5]);
  });

  it('keeps one country when asked', () => {
    expect(parseGeonamesAdminCodes(TABLE, 'YE').admins.map((u) => u.name)).toEqual(['Wadi Sahl']);
  });
});

describe('district names for places that carry only a code', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-admin-codes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'admin2Codes.txt');
  writeFileSync(file, TABLE);
  const directory = new AdminDirectory(SYRIA_COUNTRIES, SYRIA_ADMINS);
  const report = importGazetteerFile(join(dir, 'data'), file, 'geonames', directory);
  const embedded = createMemoryGazetteer({
    places: [
      { id: 'x:1', name: 'Qasr Nadeem', latitude: 33.6, longitude: 36.4, countryCode: 'SY', feature: 'PPLA2', admin1Code: '08', admin2Code: '900001', population: 9000, source: 'test', alternateNames: [] },
    ],
    countries: SYRIA_COUNTRIES,
    admins: SYRIA_ADMINS,
  });
  const merged = new MergedGazetteer(loadImportedGazetteer(join(dir, 'data'))!, embedded);

  it('imports the units with no places', () => {
    expect(report).toMatchObject({ format: 'geonames', places: 0, units: 3 });
  });
  it('names the district of a place by its code, and finds the district by its name', () => {
    const place = merged.lookup('Qasr Nadeem')[0]!;
    expect(merged.admin2(place.countryCode, place.admin1Code!, place.admin2Code!)?.name).toBe('Qasr Nadeem');
    expect(merged.admin2ByName('Qasr Nadeem District', 'SY').map((u) => u.code)).toEqual(['08.900001']);
  });
});
