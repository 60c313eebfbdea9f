import { h } from './dom.ts';
import { BASE_COLOURS } from './map-style.ts';
import { mercatorX, mercatorY, TILE_SIZE, type Camera, type Size } from './mercator.ts';

/**
 * The base map before MapLibre is in: the same sea, land and borders, drawn on a canvas in the same
 * projection at once (the outlines are bundled), so that the first view is a map with its marks while
 * MapLibre's script, worker and first frame are still on their way. Removed once MapLibre has drawn.
 */

export interface OutlineCanvas {
  draw(camera: Camera, size: Size): void;
  remove(): void;
}

/**
 * Every country's rings as one path, in the pixels of a zoom-0 world: countries do not overlap, so with the
 * even-odd rule a country's holes stay empty and a country inside another's hole is still filled.
 */
function outlinePath(outlines: GeoJSON.FeatureCollection): Path2D {
  const path = new Path2D();
  const polygons = outlines.features.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : []));
  for (const ring of polygons.flat()) {
    ring.forEach(([lon, lat], i) => {
      const [x, y] = [mercatorX(lon!) * TILE_SIZE, mercatorY(lat!) * TILE_SIZE];
      if (i === 0) path.moveTo(x, y);
      else path.lineTo(x, y);
    });
    path.closePath();
  }
  return path;
}

export function outlineCanvas(container: HTMLElement, outlines: GeoJSON.FeatureCollection): OutlineCanvas {
  const canvas = h('canvas', { class: 'map-outlines', 'aria-hidden': 'true' });
  container.prepend(canvas);
  // Drawn on the CPU: a GPU-backed canvas costs a GPU context (seconds where WebGL is software), for a few outlines.
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  const path = outlinePath(outlines);
  return {
    draw(camera, size) {
      const ratio = window.devicePixelRatio || 1;
      [canvas.width, canvas.height] = [Math.round(size.width * ratio), Math.round(size.height * ratio)];
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.fillStyle = BASE_COLOURS.sea;
      ctx.fillRect(0, 0, size.width, size.height);
      // The zoom-0 path scaled to the camera's zoom and moved so that the camera's centre is the view's.
      const scale = 2 ** camera.zoom;
      const [cx, cy] = [mercatorX(camera.lon) * TILE_SIZE * scale, mercatorY(camera.lat) * TILE_SIZE * scale];
      ctx.setTransform(ratio * scale, 0, 0, ratio * scale, ratio * (size.width / 2 - cx), ratio * (size.height / 2 - cy));
      ctx.fillStyle = BASE_COLOURS.land;
      ctx.fill(path, 'evenodd');
      ctx.lineWidth = 0.6 / scale;
      ctx.strokeStyle = BASE_COLOURS.border;
      ctx.stroke(path);
      container.dataset['base'] = 'outlines';
    },
    remove() {
      canvas.remove();
    },
  };
}
