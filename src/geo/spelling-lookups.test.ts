import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from './gazetteer.ts';
import { storeImport } from './gazetteer-imports.ts';
import { loadImportedGazetteer } from './imported-gazetteer.ts';
import { createMemoryGazetteer, type MemoryPlace } from './memory-gazetteer.ts';
import { placeFields } from './stored-place.ts';

// A made-up gazetteer of a few Syrian places, each under one spelling only, with round coordinates: the
// queries below spell them as reports and other tables do. Two Jalmas and two towns named like Idlib's
// province test the order among places of one spelling (bigger and seats of administration first).
const place = (id: string, name: string, latitude: number, longitude: number, admin1Code: string, population: number, alternateNames: string[] = [], feature = 'PPL'): MemoryPlace => ({
  id, name, latitude, longitude, countryCode: 'SY', feature, admin1Code, admin2Code: null, population, source: 'fixture', alternateNames,
});
const PLACES: readonly MemoryPlace[] = [
  place('f:1', 'Tal Maleh', 35.31, 36.52, '10', 3000, ['تل ملح']),
  place('f:2', 'Jalma', 35.32, 36.49, '10', 2500),
  place('f:3', 'Jalma', 36.35, 36.77, '09', 900),
  place('f:4', 'Kafr Nobol', 35.61, 36.56, '12', 15000, ['Kafranbel', 'كفر نبل']),
  place('f:5', 'Idleb', 35.93, 36.63, '12', 160000, ['إدلب'], 'PPLA'),
  place('f:6', 'Dayr az Zawr', 35.34, 40.14, '04', 240000, ['دير الزور'], 'PPLA'),
  place('f:7', "Ma'arrat an Nu'man", 35.65, 36.67, '12', 58000, ['معرة النعمان'], 'PPLA2'),
  place('f:8', 'Idlibiyya', 34.1, 38.2, '04', 100),
];

const dir = mkdtempSync(join(tmpdir(), 'sitrep-spelling-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
storeImport(dir, { format: 'fixture', file: 'places.tsv', places: PLACES, admins: [] });

// The same places in memory and through the stored index file: one answer.
const gazetteers: readonly (readonly [string, () => Gazetteer])[] = [
  ['in memory', () => createMemoryGazetteer({ places: PLACES })],
  ['from the index file', () => loadImportedGazetteer(dir)!.gazetteer!],
];

// Query -> the candidates' ids and spelling distances, best first.
const TABLE: readonly (readonly [string, string])[] = [
  ['Tal Maleh', 'f:1/0'],
  ['Tal Milh', 'f:1/2'],
  ['Tell Malah', 'f:1/0'],
  ['Jalmeh', 'f:2/0 f:3/0'],
  ['Jalma', 'f:2/0 f:3/0'],
  ['Kafr Nabl', 'f:4/2'],
  ['Kafranbel', 'f:4/0'],
  ['Kafr Nobol', 'f:4/0'],
  ['Idlib', 'f:5/1'],
  ['Idleb', 'f:5/0'],
  ['Deir ez-Zor', 'f:6/2'],
  ['Dayr az Zawr', 'f:6/0'],
  ['Maarat al-Numan', 'f:7/0'],
  ['إدلب', 'f:5/0'],
  ['دير الزور', 'f:6/0'],
  ['كفرنبل', 'f:4/0'],
  // Negative rows: nothing near enough, a name of no letters, a script the keys do not read.
  ['Xqzzptl', ''],
  ['--', ''],
  ['Идлиб', ''],
];

describe.each(gazetteers)('look-ups %s', (_label, load) => {
  const gazetteer = load();
  it.each(TABLE)('%s', (query, expected) => {
    expect(gazetteer.match(query).map((m) => `${m.place.id}/${m.distance}`).join(' ')).toBe(expected);
  });

  it('gives each candidate its point and units as stored', () => {
    const [first] = gazetteer.match('Dayr az Zawr');
    expect(first && placeFields(first.place)).toEqual({ id: 'f:6', name: 'Dayr az Zawr', latitude: 35.34, longitude: 40.14, countryCode: 'SY', feature: 'PPLA', admin1Code: '04', admin2Code: null, population: 240000, source: 'fixture' });
    expect(first?.primary).toBe(true);
  });

  it('answers a repeated name with the same candidates, from a known key or from near spellings', () => {
    const said = (query: string): string => gazetteer.match(query).map((m) => `${m.place.id}/${m.distance}/${m.primary}`).join(' ');
    const first = TABLE.map(([query]) => said(query));
    // Asked again in the reverse order, so each answer comes from the memo and not from the last look-up.
    const again = [...TABLE].reverse().map(([query]) => said(query)).reverse();
    expect(again).toEqual(first);
  });
});
