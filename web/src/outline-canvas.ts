import { BASE_COLOURS } from './map-style.ts';
import type { Projector, Size } from './mercator.ts';
import { h } from './dom.ts';

/**
 * The base map before MapLibre is in: the same sea, land and borders, drawn on a canvas in the same
 * projection at once (the outlines are bundled), so that the first view is a map with its marks while
 * MapLibre's script, worker and first frame are still on their way. Removed once MapLibre has drawn.
 */

export interface OutlineCanvas {
  draw(project: Projector): void;
  remove(): void;
}

export function outlineCanvas(container: HTMLElement, outlines: GeoJSON.FeatureCollection): OutlineCanvas {
  const canvas = h('canvas', { class: 'map-outlines', 'aria-hidden': 'true' });
  container.prepend(canvas);
  const ctx = canvas.getContext('2d')!;
  const polygons = outlines.features.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : []));
  return {
    draw(project) {
      const size: Size = { width: container.clientWidth, height: container.clientHeight };
      const ratio = window.devicePixelRatio || 1;
      [canvas.width, canvas.height] = [Math.round(size.width * ratio), Math.round(size.height * ratio)];
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.fillStyle = BASE_COLOURS.sea;
      ctx.fillRect(0, 0, size.width, size.height);
      ctx.fillStyle = BASE_COLOURS.land;
      ctx.strokeStyle = BASE_COLOURS.border;
      ctx.lineWidth = 0.6;
      // One path per polygon: its holes cut out of it (even-odd), a country inside another's hole still filled.
      for (const rings of polygons) {
        ctx.beginPath();
        for (const ring of rings) {
          ring.forEach(([lon, lat], i) => {
            const [x, y] = project(lon!, lat!);
            if (i === 0) ctx.moveTo(x, y);
            else ctx.lineTo(x, y);
          });
          ctx.closePath();
        }
        ctx.fill('evenodd');
        ctx.stroke();
      }
      container.dataset['base'] = 'outlines';
    },
    remove() {
      canvas.remove();
    },
  };
}
