/**
 * Web Mercator as MapLibre draws it (512-pixel tiles, no tilt or rotation), so that the page can draw the
 * countries and the marks before MapLibre has loaded and MapLibre then opens on exactly the same view:
 * nothing moves when it takes over.
 */

export const TILE_SIZE = 512;
const MAX_LATITUDE = 85.051129;

export interface Camera {
  readonly lon: number;
  readonly lat: number;
  readonly zoom: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Longitude to 0..1 across the world. */
export const mercatorX = (lon: number): number => (lon + 180) / 360;

/** Latitude to 0..1 down the world (north at 0), clamped where Web Mercator ends. */
export function mercatorY(lat: number): number {
  const sin = Math.sin((Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI) / 180);
  return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
}

const lonOf = (x: number): number => x * 360 - 180;
const latOf = (y: number): number => (Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) * 360) / Math.PI - 90;

/** Screen pixels (from the top left of a view of `size`) of a longitude and latitude. */
export type Projector = (lon: number, lat: number) => [number, number];

export function projector(camera: Camera, size: Size): Projector {
  const world = TILE_SIZE * 2 ** camera.zoom;
  const left = mercatorX(camera.lon) * world - size.width / 2;
  const top = mercatorY(camera.lat) * world - size.height / 2;
  return (lon, lat) => [mercatorX(lon) * world - left, mercatorY(lat) * world - top];
}

/** What a view of `size` shows from `camera`, in degrees. */
export function visibleBox(camera: Camera, size: Size): { west: number; south: number; east: number; north: number } {
  const world = TILE_SIZE * 2 ** camera.zoom;
  const [x, y] = [mercatorX(camera.lon) * world, mercatorY(camera.lat) * world];
  return {
    west: Math.max(-180, lonOf((x - size.width / 2) / world)),
    east: Math.min(180, lonOf((x + size.width / 2) / world)),
    north: latOf((y - size.height / 2) / world),
    south: latOf((y + size.height / 2) / world),
  };
}

/**
 * The camera MapLibre settles on for one world (no copies): zoomed in until the world fills the view both
 * ways, and moved so that the view does not leave it.
 */
export function constrain(camera: Camera, size: Size): Camera {
  const zoom = Math.max(camera.zoom, Math.log2(Math.max(size.width, size.height, 1) / TILE_SIZE));
  const world = TILE_SIZE * 2 ** zoom;
  const within = (v: number, half: number) => Math.min(world - half, Math.max(half, v * world)) / world;
  return { lon: lonOf(within(mercatorX(camera.lon), size.width / 2)), lat: latOf(within(mercatorY(camera.lat), size.height / 2)), zoom };
}

/** The camera that frames `extent` ([[west, south], [east, north]]) with `padding` pixels round it, at most `maxZoom`. */
export function fitExtent(extent: readonly [readonly [number, number], readonly [number, number]], size: Size, padding: number, maxZoom: number): Camera {
  const [[west, south], [east, north]] = extent;
  const [x0, x1, y0, y1] = [mercatorX(west), mercatorX(east), mercatorY(north), mercatorY(south)];
  const fits = (room: number, span: number) => (span > 0 ? Math.log2(Math.max(1, room - 2 * padding) / (span * TILE_SIZE)) : Infinity);
  const zoom = Math.min(maxZoom, fits(size.width, x1 - x0), fits(size.height, y1 - y0));
  return constrain({ lon: lonOf((x0 + x1) / 2), lat: latOf((y0 + y1) / 2), zoom }, size);
}
