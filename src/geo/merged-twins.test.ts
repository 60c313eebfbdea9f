import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AdminDirectory } from './admin-directory.ts';
import { importGazetteerFile } from './import-file.ts';
import { loadImportedGazetteer } from './imported-gazetteer.ts';
import { createMemoryGazetteer } from './memory-gazetteer.ts';
import { MergedGazetteer } from './merged-gazetteer.ts';
import { SYRIA_ADMINS, SYRIA_COUNTRIES } from './syria-fixture.ts';

// Made-up places: an imported town spelt otherwise than the embedded one, and an imported spring whose
// compound name ends in the town's embedded spelling, 3 km from the town.
const TABLE = [
  'pcode\tname_en\tadm1_pcode\tadm1_en\tlat\tlon\tcapital_level',
  'C1\tEin Jouz - Tal Saraqin\tSY03\tRural Damascus\t35.030\t36.000\t',
  'C2\tTal Saraqeen\tSY03\tRural Damascus\t35.000\t36.000\t',
].join('\n');

const dir = mkdtempSync(join(tmpdir(), 'sitrep-twins-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'communities.tsv'), TABLE);
importGazetteerFile(join(dir, 'data'), join(dir, 'communities.tsv'), 'ocha', new AdminDirectory(SYRIA_COUNTRIES, SYRIA_ADMINS));
const embedded = createMemoryGazetteer({
  places: [
    { id: 'e:1', name: 'Tal Saraqin', latitude: 35.002, longitude: 36.001, countryCode: 'SY', feature: 'PPLA2', admin1Code: '08', admin2Code: null, population: 30_000, source: 'test', alternateNames: [] },
  ],
  countries: SYRIA_COUNTRIES,
  admins: SYRIA_ADMINS,
});
const gazetteer = new MergedGazetteer(loadImportedGazetteer(join(dir, 'data'))!, embedded);

describe('an embedded town listed again by the import', () => {
  const byName = (name: string) => Object.fromEntries(gazetteer.match('Tal Saraqin').map((m) => [m.place.name, m]))[name];

  it('lends its size and spelling to the nearest imported place', () => {
    expect(byName('Tal Saraqeen')).toMatchObject({ distance: 0, primary: true, place: { feature: 'PPLA2', population: 30_000 } });
  });
  it('not to a place that shares a part of its name farther away (negative row)', () => {
    expect(byName('Ein Jouz - Tal Saraqin')?.place).toMatchObject({ feature: 'PPL', population: 0 });
  });
  it('is listed once', () => {
    expect(gazetteer.match('Tal Saraqin').map((m) => m.place.id).filter((id) => id === 'e:1')).toEqual([]);
  });
});
