import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AdminDirectory } from './admin-directory.ts';
import { describeGazetteerContract } from './gazetteer.contract.ts';
import type { Gazetteer } from './gazetteer.ts';
import { importGazetteerFile } from './import-file.ts';
import { DISTRICTS_GEOJSON, GEONAMES_DUMP, OCHA_TABLE } from './import-fixtures.ts';
import { loadImportedGazetteer } from './imported-gazetteer.ts';
import { createMemoryGazetteer } from './memory-gazetteer.ts';
import { MergedGazetteer } from './merged-gazetteer.ts';
import { SYRIA_ADMINS, SYRIA_COUNTRIES, SYRIA_PLACES } from './syria-fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-imports-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const dataDir = join(dir, 'data');
const directory = new AdminDirectory(SYRIA_COUNTRIES, SYRIA_ADMINS);
const embedded = createMemoryGazetteer({ places: SYRIA_PLACES, countries: SYRIA_COUNTRIES, admins: SYRIA_ADMINS });

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const ochaFile = file('communities.tsv', OCHA_TABLE);
const ochaReport = importGazetteerFile(dataDir, ochaFile, 'ocha', directory);
const boundaryReport = importGazetteerFile(dataDir, file('districts.geojson', DISTRICTS_GEOJSON), 'boundaries', directory);

function merged(): Gazetteer {
  return new MergedGazetteer(loadImportedGazetteer(dataDir)!, embedded);
}

describe('gazetteer import', () => {
  it('keeps the good OCHA rows and names the bad ones by line', () => {
    expect(ochaReport.places).toBe(6);
    expect(ochaReport.problems).toEqual([
      { line: 8, message: '3 columns, the header has 13' },
      { line: 9, message: 'bad coordinates "north", "36.1"' },
    ]);
  });

  it('puts OCHA provinces under the embedded codes and keeps OCHA districts with their names', () => {
    const g = merged();
    const place = g.lookup('Kafr Nobol')[0]!;
    expect([place.source, place.admin1Code, place.admin2Code, place.feature]).toEqual(['ocha-cod', '12', 'SY0702', 'PPLA3']);
    expect(g.admin2('SY', '12', 'SY0702')?.name).toBe("Al Ma'ra");
    expect(g.admin1ByName('Idleb', 'SY')[0]?.name).toBe('Idlib');
  });

  const spellings: readonly (readonly [string, string])[] = [
    ['Kafr Nobol', 'Kafr Nobol'],
    ['Kafr Nabl', 'Kafr Nobol'],
    ['كفر نبل', 'Kafr Nobol'],
    ['تل ملح', 'Tal Milh'],
    ['Tal Milh', 'Tal Milh'],
    ['Maaret al-Naasan', 'Maaret Elnaasan - Maaret Elhaski'],
    ['Maaret Elhaski', 'Maaret Elnaasan - Maaret Elhaski'],
  ];
  it.each(spellings)('%j finds the imported %j first', (name, expected) => {
    const first = merged().lookup(name)[0];
    expect(first?.name).toBe(expected);
    expect(first?.source).toBe('ocha-cod');
  });

  it('drops an embedded place the import lists too, lending it its size', () => {
    const names = merged().lookup('Kafr Nabl');
    expect(names.filter((p) => p.name === 'Kafranbel')).toEqual([]);
    expect(names[0]!.population).toBe(45652);
  });

  it('puts embedded places in the imported district polygons that hold them', () => {
    const jalma = merged().lookup('Jalma').find((p) => p.source === 'test' && p.admin1Code === '10')!;
    expect(jalma.admin2Code).toBe('SY0505');
    expect(merged().admin2('SY', jalma.admin1Code!, jalma.admin2Code!)?.name).toBe('Muhradah');
    const homs = merged().lookup('Jalma').find((p) => p.admin1Code === '11')!;
    expect(homs.admin2Code).toBeNull();
  });

  it('reads boundary features without a polygon or a country as problems, the rest as units', () => {
    expect(boundaryReport.units).toBe(2);
    expect(boundaryReport.problems).toEqual([]);
  });

  it('replaces an import of the same file, and a file with no good row changes nothing', () => {
    const before = readFileSync(join(dataDir, 'gazetteer', 'index.json'), 'utf8');
    const broken = importGazetteerFile(dataDir, file('broken.tsv', 'pcode\tname_en\tlat\tlon\nC1\tX\tnorth\tsouth\n'), 'ocha', directory);
    expect(broken.places).toBe(0);
    expect(broken.problems[0]?.line).toBe(2);
    expect(readFileSync(join(dataDir, 'gazetteer', 'index.json'), 'utf8')).toBe(before);
    importGazetteerFile(dataDir, ochaFile, 'ocha', directory);
    expect(readdirSync(join(dataDir, 'gazetteer', 'imports'))).toEqual(['ocha-communities.json']);
    expect(readdirSync(join(dataDir, 'gazetteer')).filter((f) => f.startsWith('index-'))).toHaveLength(1);
  });

  it('reads a GeoNames dump: populated places, district names, bad lines named', () => {
    const report = importGazetteerFile(dataDir, file('SY.txt', GEONAMES_DUMP), 'geonames', directory);
    expect(report.places).toBe(1);
    expect(report.units).toBe(1);
    expect(report.problems.map((p) => p.line)).toEqual([4, 5]);
    const g = merged();
    const nubl = g.lookup('Kafr Nubl')[0]!;
    expect(nubl.source).toBe('geonames-dump');
    expect(g.admin2('SY', '12', '9100100')?.name).toBe("Mintaqat Ma'arrat an Nu'man");
    expect(g.lookup('Jabal az Zawiyah').some((p) => p.source === 'geonames-dump')).toBe(false);
  });
});

describeGazetteerContract('embedded with imports', merged);
