import { describe, expect, it } from 'vitest';
import { covers, mapRequest, viewParameter } from './map-request.ts';

describe('mapRequest', () => {
  it.each([
    ['the world at zoom 1', 1.3, { west: -170, south: -60, east: 170, north: 75 }, { zoom: 1, west: -180, south: -90, east: 180, north: 90 }],
    ['Syria at zoom 6', 6.7, { west: 35, south: 32, east: 42, north: 37 }, { zoom: 6, west: 28.125, south: 28.125, east: 50.625, north: 45 }],
    ['a zoom past the last level', 21, { west: 36.2, south: 36.1, east: 36.21, north: 36.11 }, { zoom: 16 }],
    ['a negative zoom', -1, { west: -180, south: -90, east: 180, north: 90 }, { zoom: 0, west: -180, south: -90, east: 180, north: 90 }],
  ])('%s', (_name, zoom, box, expected) => {
    expect(mapRequest(zoom, box)).toMatchObject(expected);
  });

  it('asks the same question for a small pan, and a different one for a far pan', () => {
    const first = mapRequest(6.2, { west: 35, south: 32, east: 42, north: 37 });
    expect(mapRequest(6.4, { west: 35.3, south: 32.2, east: 42.3, north: 37.2 })).toEqual(first);
    expect(covers(first, mapRequest(6.1, { west: 36, south: 33, east: 41, north: 36 }))).toBe(true);
    expect(covers(first, mapRequest(6.1, { west: 60, south: 33, east: 67, north: 38 }))).toBe(false);
    expect(covers(first, mapRequest(7.1, { west: 36, south: 33, east: 41, north: 36 }))).toBe(false);
    expect(covers(null, first)).toBe(false);
    const zoomedOut = { zoom: 5, west: 30, south: 30, east: 45, north: 40 };
    expect(covers(first, zoomedOut)).toBe(false);
    expect(covers(first, zoomedOut, true)).toBe(true);
    expect(covers(zoomedOut, first, true)).toBe(false);
  });

  it('writes the view as the API reads it', () => {
    expect(viewParameter({ zoom: 3, west: -180, south: -1 / 3, east: 12.5, north: 90 })).toBe('-180,-0.333333,12.5,90');
  });
});
