import { describe, expect, it } from 'vitest';
import { constrain, fitExtent, projector, visibleBox } from './mercator.ts';

describe('projector', () => {
  const size = { width: 800, height: 400 };
  it.each([
    ['the camera centre is the view centre', { lon: 30, lat: 20, zoom: 3 }, [30, 20], [400, 200]],
    ['the equator and meridian at zoom 0 (a 512-pixel world)', { lon: 0, lat: 0, zoom: 0 }, [90, 0], [528, 200]],
    ['one zoom level doubles distances', { lon: 0, lat: 0, zoom: 1 }, [90, 0], [656, 200]],
    ['north is up', { lon: 0, lat: 0, zoom: 0 }, [0, 45], [400, 200 - 71.8]],
  ] as const)('%s', (_label, camera, [lon, lat], [x, y]) => {
    const [px, py] = projector(camera, size)(lon, lat);
    expect(px).toBeCloseTo(x, 0);
    expect(py).toBeCloseTo(y, 0);
  });
});

describe('constrain', () => {
  it.each([
    ['zooms in until the world fills the wider side', { lon: 0, lat: 0, zoom: 0 }, { width: 1024, height: 300 }, { lon: 0, lat: 0, zoom: 1 }],
    ['keeps the view inside the world westward', { lon: -170, lat: 0, zoom: 2 }, { width: 512, height: 512 }, { lon: -135, lat: 0, zoom: 2 }],
    ['leaves a camera inside the world alone', { lon: 36, lat: 35, zoom: 6 }, { width: 800, height: 500 }, { lon: 36, lat: 35, zoom: 6 }],
  ] as const)('%s', (_label, camera, size, expected) => {
    const c = constrain(camera, size);
    expect(c.lon).toBeCloseTo(expected.lon, 3);
    expect(c.lat).toBeCloseTo(expected.lat, 3);
    expect(c.zoom).toBeCloseTo(expected.zoom, 6);
  });
});

describe('fitExtent', () => {
  const size = { width: 800, height: 500 };
  it('frames the extent inside the padding, each corner on screen', () => {
    const extent = [[35, 32], [42, 37]] as const;
    const camera = fitExtent(extent, size, 40, 16);
    const project = projector(camera, size);
    const [[x0, y0], [x1, y1]] = [project(35, 37), project(42, 32)];
    for (const v of [x0, x1]) expect(v).toBeGreaterThanOrEqual(39.9), expect(v).toBeLessThanOrEqual(760.1);
    for (const v of [y0, y1]) expect(v).toBeGreaterThanOrEqual(39.9), expect(v).toBeLessThanOrEqual(460.1);
    // Tight one way: the extent touches the padding on one axis.
    expect(Math.min(x0 - 40, 760 - x1, y0 - 40, 460 - y1)).toBeCloseTo(0, 3);
  });
  it('stops at the highest zoom asked for: one place is no reason to zoom to the street', () => {
    expect(fitExtent([[36.2, 33.5], [36.2, 33.5]], size, 40, 6)).toMatchObject({ zoom: 6 });
  });
  it('shows the whole world no smaller than the view', () => {
    const camera = fitExtent([[-170, -60], [170, 75]], size, 40, 6);
    expect(camera.zoom).toBeCloseTo(Math.log2(800 / 512), 6);
    const box = visibleBox(camera, size);
    expect(box.west).toBeCloseTo(-180, 3);
    expect(box.east).toBeCloseTo(180, 3);
  });
});
