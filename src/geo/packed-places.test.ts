import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { GazetteerPlace } from './gazetteer.ts';
import { encodeGazetteerIndex, readGazetteerIndex } from './gazetteer-index-file.ts';
import { NameIndex } from './name-index.ts';
import { placeFields } from './stored-place.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-packed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Made-up places with the awkward fields: names and ids outside ASCII, missing admin codes, empty
// country and feature, no source (the store's default), coordinates with every digit kept.
const PLACES: readonly GazetteerPlace[] = [
  { id: 'f:1', name: 'Maʿarrat an-Nuʿmān', latitude: 35.648611111111, longitude: 36.672500000001, countryCode: 'SY', feature: 'PPLA2', admin1Code: '12', admin2Code: 'SY0703', population: 58008, source: 'fixture' },
  { id: 'ocha:ك1', name: 'حلب', latitude: -0.000001, longitude: 179.999999, countryCode: 'SY', feature: 'PPLC', admin1Code: null, admin2Code: null, population: 0, source: 'ocha-cod' },
  { id: 'f:3', name: 'Łódź', latitude: 51.75, longitude: 19.466667, countryCode: '', feature: '', admin1Code: '74', admin2Code: null, population: 1.5, source: '' },
  { id: 'f:4', name: 'Jalma 𐎀 camp', latitude: 35.32, longitude: 36.49, countryCode: 'SY', feature: 'PPL', admin1Code: '12', admin2Code: 'SY0703', population: 2500, source: 'fixture' },
];

function stored() {
  const path = join(dir, `index-${Math.random().toString(36).slice(2)}.bin`);
  writeFileSync(path, encodeGazetteerIndex(PLACES, NameIndex.build(PLACES.length, (i) => [PLACES[i]!.name], () => 0)));
  return readGazetteerIndex(path, 'the default');
}

describe('packed place store', () => {
  it('gives back every field as written, a missing source as the default', () => {
    const { places } = stored();
    expect(places.size).toBe(PLACES.length);
    const read = PLACES.map((_, i) => placeFields(places.place(i)));
    expect(read).toEqual(PLACES.map((p) => ({ ...p, source: p.source === '' ? 'the default' : p.source })));
    expect(PLACES.map((_, i) => [places.latitude(i), places.longitude(i)])).toEqual(PLACES.map((p) => [p.latitude, p.longitude]));
  });

  it('gives the same object each time a place is read, and refuses an index it does not hold', () => {
    const { places } = stored();
    expect(places.place(3)).toBe(places.place(3));
    expect(places.place(0).countryCode).toBe(places.place(3).countryCode);
    expect(() => places.place(4)).toThrow(RangeError);
    expect(() => places.place(-1)).toThrow(RangeError);
  });

  it('makes each candidate its own place, every field read where it lies', () => {
    const { places } = stored();
    const rows = [
      [0, 0, true],
      [1, 2, false],
      [3, 1, false],
    ] as const;
    for (const [index, distance, primary] of rows) {
      const match = places.match(index, distance, primary);
      expect([match.distance, match.primary, match.index, match.store]).toEqual([distance, primary, index, places]);
      expect(match.place).toBe(match);
      expect(placeFields(match.place)).toEqual(placeFields(places.place(index)));
    }
    // A candidate is a view, not a copy: two look-ups give two objects of one place.
    expect(places.match(2, 0, true)).not.toBe(places.match(2, 0, true));
  });

  it('writes a place out as its plain fields, where a spread of the view would find none', () => {
    const { places } = stored();
    const place = places.place(2);
    expect(JSON.parse(JSON.stringify(place))).toEqual({ ...PLACES[2], source: 'the default' });
    expect(JSON.parse(JSON.stringify(places.match(0, 1, false)))).toEqual(PLACES[0]);
    expect(Object.keys({ ...place })).not.toContain('name');
  });
});
