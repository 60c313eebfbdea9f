import { areaKey, countRadius, type Mark } from './map-marks.ts';
import type { Projector, Size } from './mercator.ts';

/**
 * The marks on a 2D canvas, in the map's projection: a filter change or a pan redraws a few thousand of
 * them in milliseconds. Returns what it drew where (only what is on screen), for clicks and the keyboard.
 */

export interface DrawnMark {
  readonly mark: Mark;
  readonly x: number;
  readonly y: number;
  /** How far from the centre the mark reaches, strokes included: what a click may hit. */
  readonly reach: number;
}

const FOCUS_COLOUR = '#f0a500';

function circle(ctx: CanvasRenderingContext2D, x: number, y: number, r: number): void {
  ctx.beginPath();
  ctx.arc(x, y, Math.max(r, 0.5), 0, 2 * Math.PI);
}

/** A stroke outside the radius (as MapLibre's circle layers draw it), not across it. */
function ring(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, width: number, colour: string): void {
  circle(ctx, x, y, r + width / 2);
  ctx.lineWidth = width;
  ctx.strokeStyle = colour;
  ctx.stroke();
}

function disc(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, colour: string, alpha: number): void {
  circle(ctx, x, y, r);
  ctx.globalAlpha = alpha;
  ctx.fillStyle = colour;
  ctx.fill();
  ctx.globalAlpha = 1;
}

function paintOne(ctx: CanvasRenderingContext2D, { mark, x, y }: DrawnMark, hiddenRings: ReadonlySet<string>): void {
  const r = mark.radius;
  if (mark.kind === 'cluster') (disc(ctx, x, y, r, mark.colour, 0.8), ring(ctx, x, y, r, 1.5, '#ffffff'));
  else if (mark.kind === 'event') (disc(ctx, x, y, r, mark.colour, 0.85), ring(ctx, x, y, r, 0.8, '#1b1b1b'));
  else if (mark.kind === 'tally') {
    // A double ring, dark whatever the type: a total over a period, not an incident at a place.
    disc(ctx, x, y, r, '#ffffff', 0.55);
    ring(ctx, x, y, r, 1.5, '#1b1b1b');
    ring(ctx, x, y, countRadius(6, mark.count), 2, mark.colour);
  } else if (!hiddenRings.has(areaKey(mark))) ring(ctx, x, y, r, 2.5, mark.colour);
}

function label(ctx: CanvasRenderingContext2D, { mark, x, y }: DrawnMark): void {
  if (mark.count < 2 || mark.kind === 'event') return;
  const text = mark.count >= 1000 ? `${Math.round(mark.count / 100) / 10}k` : String(mark.count);
  ctx.lineWidth = 3;
  ctx.strokeStyle = mark.kind === 'cluster' ? 'rgba(0,0,0,0.55)' : '#ffffff';
  ctx.strokeText(text, x, y);
  ctx.fillStyle = mark.kind === 'cluster' ? '#ffffff' : '#1d2429';
  ctx.fillText(text, x, y);
}

const strokeOf = (mark: Mark): number => (mark.kind === 'area' ? 2.5 : mark.kind === 'event' ? 0.8 : 1.5);

/** Clears the canvas and draws `marks` (in their order) and their counts; `focused` gets a ring round it. */
export function paintMarks(ctx: CanvasRenderingContext2D, marks: readonly Mark[], project: Projector, size: Size, hiddenRings: ReadonlySet<string>, focused: Mark | null): DrawnMark[] {
  ctx.clearRect(0, 0, size.width, size.height);
  const drawn: DrawnMark[] = [];
  for (const mark of marks) {
    const [x, y] = project(mark.lon, mark.lat);
    const reach = mark.radius + strokeOf(mark);
    if (x + reach < 0 || y + reach < 0 || x - reach > size.width || y - reach > size.height) continue;
    const one = { mark, x, y, reach };
    paintOne(ctx, one, hiddenRings);
    drawn.push(one);
  }
  ctx.font = '700 11px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  for (const one of drawn) label(ctx, one);
  const focus = focused && drawn.find((d) => d.mark === focused);
  if (focus) ring(ctx, focus.x, focus.y, focus.reach + 2, 3, FOCUS_COLOUR);
  return drawn;
}

/** The topmost drawn mark under a point (the last drawn is on top), or null. */
export function markAt(drawn: readonly DrawnMark[], x: number, y: number): DrawnMark | null {
  for (let i = drawn.length - 1; i >= 0; i--) {
    const d = drawn[i]!;
    if ((d.x - x) ** 2 + (d.y - y) ** 2 <= (d.reach + 1) ** 2) return d;
  }
  return null;
}
