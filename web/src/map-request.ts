/**
 * What the map asks the server for: a whole zoom level and a box around the visible area, snapped to a
 * coarse grid, so that small pans ask the same question again (and the server's cache answers it) and a
 * pan that stays inside the box asks nothing at all.
 */

export const MAX_ZOOM = 16;

export interface MapRequest {
  readonly zoom: number;
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

export interface VisibleBox {
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

/** The request for a map at `zoom` showing `box`: the box widened by half its size each way, snapped outwards. */
export function mapRequest(zoom: number, box: VisibleBox): MapRequest {
  const z = Math.min(MAX_ZOOM, Math.max(0, Math.floor(zoom)));
  // Snapped to a grid a few times the visible size, so that the request changes only when the view moves far.
  const step = 360 / 2 ** z;
  const padX = (box.east - box.west) / 2;
  const padY = (box.north - box.south) / 2;
  const snapDown = (v: number) => Math.floor(v / step) * step;
  const snapUp = (v: number) => Math.ceil(v / step) * step;
  const clampLon = (v: number) => Math.min(180, Math.max(-180, v));
  const clampLat = (v: number) => Math.min(90, Math.max(-90, v));
  return {
    zoom: z,
    west: clampLon(snapDown(box.west - padX)),
    south: clampLat(snapDown(box.south - padY)),
    east: clampLon(snapUp(box.east + padX)),
    north: clampLat(snapUp(box.north + padY)),
  };
}

/**
 * True when `inner`'s data is what `outer` already holds: the box inside, at the same zoom (or, with
 * `finer`, at a zoom no coarser: finer cells still draw right when zoomed out, only denser).
 */
export function covers(outer: MapRequest | null, inner: MapRequest, finer = false): boolean {
  const zoomOk = outer !== null && (finer ? outer.zoom >= inner.zoom : outer.zoom === inner.zoom);
  return zoomOk && outer.west <= inner.west && outer.south <= inner.south && outer.east >= inner.east && outer.north >= inner.north;
}

export function viewParameter(request: MapRequest): string {
  const round = (v: number) => String(Math.round(v * 1e6) / 1e6);
  return [request.west, request.south, request.east, request.north].map(round).join(',');
}
