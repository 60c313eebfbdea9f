import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AdminDirectory } from './admin-directory.ts';
import { parseGeonamesAdminCodes } from './geonames-admin-codes.ts';
import { guessFormat, importGazetteerFile } from './import-file.ts';
import { loadImportedGazetteer } from './imported-gazetteer.ts';

// Unit tables in GeoNames' layout, written for these tests: code, name, ASCII name, geonameid.
const ADMIN2 = [
  'YE.15.2210\tMajz\tMajz\t6940798',
  'AF.35.903\t‘Alīngār\t\'Alingar\t7053969',
  'RU.73.Upper Ford Rayon\tVerkhniy Brod\tVerkhniy Brod\t1',
  'CZ.81.4103\tOkres Karlovy Vary\tOkres Karlovy Vary\t3',
  'not a code\tSomewhere\tSomewhere\t2',
  'YE.15.2211',
  '',
].join('\n');

const dir = mkdtempSync(join(tmpdir(), 'sitrep-admin-codes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('GeoNames unit-name tables', () => {
  it('reads second-level units under their province code, named as reports name them, GeoNames\' forms as aliases', () => {
    const { admins, places } = parseGeonamesAdminCodes(ADMIN2);
    expect(places).toEqual([]);
    expect(admins).toEqual([
      { countryCode: 'YE', code: '15.2210', name: 'Majz', aliases: [], level: 2 },
      { countryCode: 'AF', code: '35.903', name: '‘Alīngār', aliases: ["'Alingar"], level: 2 },
      { countryCode: 'RU', code: '73.Upper Ford Rayon', name: 'Verkhniy Brod', aliases: [], level: 2 },
      { countryCode: 'CZ', code: '81.4103', name: 'Karlovy Vary', aliases: ['Okres Karlovy Vary'], level: 2 },
    ]);
  });

  it('names each bad line by its number and why', () => {
    expect(parseGeonamesAdminCodes(ADMIN2).problems).toEqual([
      { line: 5, message: '"not a code" is not a GeoNames unit code ("CC.ADM1" or "CC.ADM1.ADM2")' },
      { line: 6, message: '1 column(s) and no name; a unit line has code, name, ASCII name and geonameid' },
    ]);
  });

  it('reads first-level tables and keeps only the country asked for', () => {
    const { admins } = parseGeonamesAdminCodes('SY.12\tIdlib\tIdlib\t169387\nYE.15\tSaada\tSaada\t71333\n', 'SY');
    expect(admins).toEqual([{ countryCode: 'SY', code: '12', name: 'Idlib', aliases: [], level: 1 }]);
  });

  it('is the format of files named as GeoNames names them', () => {
    expect(guessFormat('/data/admin2Codes.txt')).toBe('geonames-admin');
    expect(guessFormat('admin1CodesASCII.txt.gz')).toBe('geonames-admin');
    expect(guessFormat('YE.txt')).toBe('geonames');
  });

  it('once imported, names the district a place code points at and finds it by name', () => {
    const file = join(dir, 'admin2Codes.txt');
    writeFileSync(file, ADMIN2);
    const report = importGazetteerFile(join(dir, 'data'), file, 'geonames-admin', new AdminDirectory([], []));
    expect(report).toMatchObject({ format: 'geonames-admin', places: 0, units: 4 });
    const imported = loadImportedGazetteer(join(dir, 'data'))!;
    expect(imported.directory.admin2('YE', '15', '2210')?.name).toBe('Majz');
    expect(imported.directory.admin2ByName('Alingar District').map((u) => `${u.countryCode}.${u.code}`)).toEqual(['AF.35.903']);
  });
});
