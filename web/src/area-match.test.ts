import { describe, expect, it } from 'vitest';
import { matchArea, nameKey, type AreaPolygon } from './area-match.ts';

const box = (name: string, iso3: string | null, west: number, south: number, east: number, north: number): AreaPolygon => ({
  properties: { name, iso3 },
  geometry: { coordinates: [[[[west, south], [east, south], [east, north], [west, north], [west, south]]]] },
});
// Hand-drawn rough boxes: two Syrian provinces, and a Fiji division astride 180° (longitudes past 180).
const POLYGONS = [box('Idleb', 'SYR', 35.9, 35.4, 37.0, 36.3), box('Hama', 'SYR', 35.9, 34.6, 37.5, 35.4), box('Northern', 'FJI', 178.4, -16.9, 180.3, -16.0)];

describe('nameKey', () => {
  it.each([['Idlib', 'Idleb'], ['Idlib Governorate', 'Idlib'], ["Sa'dah", 'Sadah'], ['Al-Hasakah', 'Hasakah'], ['Ḥamāh', 'Hama']])('%s = %s', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });
  it.each([['Idlib', 'Hama'], ['Northern', 'Southern']])('%s ≠ %s', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });
});

describe('matchArea', () => {
  const rows: [string, { iso3: string | null; admin1: string | null; lon: number; lat: number }, string | null][] = [
    ['by name, spelt another way', { iso3: 'SYR', admin1: 'Idlib', lon: 0, lat: 0 }, 'Idleb'],
    ['by the outline around its anchor when the names differ', { iso3: 'SYR', admin1: 'Hamah Governorate North', lon: 36.5, lat: 35 }, 'Hama'],
    ['astride 180°: an anchor at -179.8 lies in the division', { iso3: 'FJI', admin1: 'Northern Division West', lon: -179.8, lat: -16.5 }, 'Northern'],
    ['another country’s outline never', { iso3: 'LBN', admin1: 'Idlib', lon: 36.5, lat: 35.8 }, null],
    ['a country-wide area keeps its ring', { iso3: 'SYR', admin1: null, lon: 36.5, lat: 35.8 }, null],
    ['outside every outline, under another name', { iso3: 'SYR', admin1: 'Raqqa', lon: 39, lat: 35.9 }, null],
  ];
  it.each(rows)('%s', (_name, area, expected) => {
    expect(matchArea(area, POLYGONS)?.properties.name ?? null).toBe(expected);
  });
});
