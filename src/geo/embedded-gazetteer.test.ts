import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeGazetteerContract } from './gazetteer.contract.ts';
import { loadEmbeddedGazetteer } from './embedded-gazetteer.ts';
import type { Gazetteer } from './gazetteer.ts';

// One cold build into a temp dir serves the whole file: it is the slow part (several seconds).
const cacheDir = mkdtempSync(join(tmpdir(), 'sitrep-gazetteer-'));
let loaded: Gazetteer | null = null;
function gazetteer(): Gazetteer {
  loaded ??= loadEmbeddedGazetteer({ cacheDir });
  return loaded;
}
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('embedded gazetteer cache', () => {
  it('builds the cache on first load and reads it afterwards', { timeout: 240_000 }, () => {
    gazetteer();
    expect(readdirSync(cacheDir).sort()).toEqual(['cities500-index.bin', 'cities500-manifest.json']);
    // Read, not rebuilt: no cache file is written again.
    const written = () => readdirSync(cacheDir).map((f) => statSync(join(cacheDir, f)).mtimeMs);
    const before = written();
    const warm = loadEmbeddedGazetteer({ cacheDir });
    expect(written()).toEqual(before);
    expect(warm.lookup('Idlib')[0]?.countryCode).toBe('SY');
  });
});

describeGazetteerContract('embedded cities500', gazetteer);

describe('embedded gazetteer names', () => {
  const table: readonly (readonly [string, string | null])[] = [
    ['Kafr Nabl', 'SY.12'],
    ['Hama', 'SY.10'],
    ['Mansehra', 'PK.03'],
    ['Kyiv', 'UA.12'],
    ['Xqzzptl', null],
  ];
  it.each(table)('%j', (name, expected) => {
    const first = gazetteer().lookup(name)[0];
    expect(first ? `${first.countryCode}.${first.admin1Code}` : null).toBe(expected);
  });

  const countries: readonly (readonly [string, string | null])[] = [
    ['Burma', 'MM'],
    ['Myanmar', 'MM'],
    ['DR Congo', 'CD'],
    ['Democratic Republic of Congo', 'CD'],
    ['Palestine', 'PS'],
    ['Kosovo', 'XK'],
    ['Russian', null],
  ];
  it.each(countries)('countryByName(%j)', (name, code) => {
    expect(gazetteer().countryByName(name)?.code ?? null).toBe(code);
  });

  it('names admin1 units by their short GeoNames form', () => {
    expect(gazetteer().admin1('SY', '12')?.name).toBe('Idlib');
    expect(gazetteer().admin1ByName('Rural Damascus', 'SY')[0]?.code).toBe('08');
    // Initials a state is written by in its own country's news.
    expect(gazetteer().admin1ByName('NSW', 'AU')[0]?.name).toBe('New South Wales');
  });

  // Where GeoNames' short form is ambiguous or unusual, the conventional English name wins; the old one stays an alias.
  const conventional: readonly (readonly [string, string, string, string])[] = [
    ['MX', '09', 'Mexico City', 'Mexico'],
    ['IN', '07', 'Delhi', 'NCT'],
    ['IN', '12', 'Jammu and Kashmir', 'Kashmir'],
    ['SY', '10', 'Hama', 'Hama'],
  ];
  it.each(conventional)('admin1(%s, %s) is named %j, still found as %j', (country, code, name, old) => {
    expect(gazetteer().admin1(country, code)?.name).toBe(name);
    expect(gazetteer().admin1ByName(old, country).map((u) => u.code)).toContain(code);
  });
});

describe('embedded district table', () => {
  const table: readonly (readonly [string, string | null])[] = [
    ['Tanahu', 'NP.4 Gandaki'],
    ['Tanahun District', 'NP.4 Gandaki'],
    ['Ilam', 'NP.1 Province 1'],
    ['Passoré', 'BF.10 Nord'],
    ['Oudalan', 'BF.12 Sahel'],
    // Negative rows: a town is not a district; a district needs its own spelling.
    ['Pokhara', null],
    ['Paris', null],
  ];
  it.each(table)('admin2ByName(%j)', (name, expected) => {
    const unit = gazetteer().admin2ByName(name)[0];
    const parent = unit ? gazetteer().admin1(unit.countryCode, unit.code.split('.')[0]!) : null;
    expect(unit && parent ? `${unit.countryCode}.${parent.code} ${parent.name}` : null).toBe(expected);
  });
});
