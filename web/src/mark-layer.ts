import { h } from './dom.ts';
import { describeMark, type Mark } from './map-marks.ts';
import { markAt, paintMarks, type DrawnMark } from './mark-paint.ts';
import type { Projector, Size } from './mercator.ts';

/**
 * The map's marks on their own canvas over the base map, following its view. A click on a mark (not the
 * end of a drag) acts on it; with the keyboard, the canvas takes focus, the arrow keys step through the
 * marks on screen from west to east (each one announced), and Enter acts on the one in focus.
 * `data-drawn` on the map counts the marks on screen, for tests and the benchmark.
 */

export interface MarkActions {
  readonly openMark: (id: string) => void;
  readonly openArea: (iso3: string, admin1: string | null) => void;
  /** A cluster: show it closer. */
  readonly zoomInto: (lon: number, lat: number) => void;
}

export interface MarkLayer {
  /** Draws these marks from now on (a new set drops the keyboard's place). */
  show(marks: readonly Mark[]): void;
  /** Draws again in the current view (after a move). */
  redraw(): void;
  /** The map's size changed: measured again, then drawn. */
  resize(): void;
  /** Areas drawn as their admin unit's outline: their ring is left out (the count and the click stay). */
  hideRings(keys: ReadonlySet<string>): void;
  /** The mark at a point of the map, for the base map's own click handlers to stand back. */
  markAt(x: number, y: number): Mark | null;
}

const sizeOf = (container: HTMLElement): Size => ({ width: container.clientWidth, height: container.clientHeight });

export function markLayer(container: HTMLElement, projection: () => Projector, actions: MarkActions): MarkLayer {
  const canvas = h('canvas', { class: 'map-marks', tabindex: '0', role: 'application', 'aria-roledescription': 'map marks', 'aria-label': 'Marks on the map: arrow keys step through them, Enter opens one' });
  const status = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  container.append(canvas, status);
  // Drawn on the CPU: a GPU-backed canvas costs a GPU context (seconds where WebGL is software), for a few thousand discs.
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  let marks: readonly Mark[] = [];
  let drawn: DrawnMark[] = [];
  let hidden: ReadonlySet<string> = new Set();
  let focused: Mark | null = null;
  // Measured on a resize only: read on every redraw, it would force a layout after each list or timeline change.
  let size = sizeOf(container);

  function redraw(): void {
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(size.width * ratio) || canvas.height !== Math.round(size.height * ratio)) {
      [canvas.width, canvas.height] = [Math.round(size.width * ratio), Math.round(size.height * ratio)];
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    drawn = paintMarks(ctx, marks, projection(), size, hidden, focused);
    container.dataset['drawn'] = String(drawn.length);
    const focus = focused && drawn.find((d) => d.mark === focused);
    if (focus) canvas.dataset['focusPoint'] = `${Math.round(focus.x)},${Math.round(focus.y)}`;
    else delete canvas.dataset['focusPoint'];
  }

  function act(mark: Mark): void {
    if (mark.kind === 'event' && mark.id) actions.openMark(mark.id);
    else if (mark.kind === 'cluster') actions.zoomInto(mark.lon, mark.lat);
    else if (mark.count === 1 && mark.id) actions.openMark(mark.id);
    else if (mark.iso3) actions.openArea(mark.iso3, mark.admin1);
  }

  const pointOf = (e: MouseEvent): [number, number] => {
    const box = canvas.getBoundingClientRect();
    return [e.clientX - box.left, e.clientY - box.top];
  };
  let pressed: [number, number] | null = null;
  container.addEventListener('pointerdown', (e) => (pressed = [e.clientX, e.clientY]));
  container.addEventListener('click', (e) => {
    // The end of a drag (a pan) is no click on what lies under the pointer.
    if (pressed && Math.hypot(e.clientX - pressed[0], e.clientY - pressed[1]) > 4) return;
    const hit = markAt(drawn, ...pointOf(e));
    if (hit) act(hit.mark);
  });
  container.addEventListener('mousemove', (e) => {
    const target = e.target as HTMLElement;
    if (target.tagName === 'CANVAS') target.style.cursor = markAt(drawn, ...pointOf(e)) ? 'pointer' : '';
  });

  /** The marks on screen in reading order for the keyboard: west to east, then north to south. */
  const inOrder = (): DrawnMark[] => [...drawn].sort((a, b) => a.x - b.x || a.y - b.y);
  function focusOn(mark: Mark | null): void {
    focused = mark;
    status.textContent = mark ? describeMark(mark) : drawn.length ? '' : 'No marks on the map here.';
    redraw();
  }
  canvas.addEventListener('focus', () => focusOn(focused ?? inOrder()[0]?.mark ?? null));
  canvas.addEventListener('blur', () => {
    focused = null;
    redraw();
  });
  canvas.addEventListener('keydown', (e) => {
    const order = inOrder();
    const at = order.findIndex((d) => d.mark === focused);
    const step: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    if (e.key in step && order.length > 0) {
      e.preventDefault();
      focusOn(order[(Math.max(at, 0) + step[e.key]! + order.length) % order.length]!.mark);
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      focusOn(order[e.key === 'Home' ? 0 : order.length - 1]?.mark ?? null);
    } else if ((e.key === 'Enter' || e.key === ' ') && focused) {
      e.preventDefault();
      act(focused);
    }
  });

  return {
    show(next) {
      marks = next;
      focused = null;
      redraw();
    },
    redraw,
    resize() {
      size = sizeOf(container);
      redraw();
    },
    hideRings(keys) {
      hidden = keys;
      redraw();
    },
    markAt: (x, y) => markAt(drawn, x, y)?.mark ?? null,
  };
}
