import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { TimelineColumns } from './api.ts';
import { h } from './dom.ts';
import { brushedRange, stackSeries } from './timeline-series.ts';
import { NO_ACTOR, OTHER_ACTORS, stackStyle, type Stack, type StackStyle } from './timeline-stack.ts';

export type Measure = 'events' | 'killed';

export interface TimelineView {
  show(columns: TimelineColumns, measure: Measure, stack: Stack): void;
}

export interface TimelineHandlers {
  /** A date range dragged across the chart. */
  onBrush(range: { from: string; to: string }): void;
  /** An actor's name chosen in the legend (stacked by actor). */
  onActor(name: string): void;
}

/**
 * Events or killed per day, week or month as bars stacked by event type or by first actor. Dragging across the
 * chart selects a date range and hands it to `onBrush` (the filters then narrow every view to it). Stacked by
 * actor, a legend names each band; an actor's name there filters every view to it.
 */
export function createTimelineView(container: HTMLElement, legend: HTMLElement, handlers: TimelineHandlers): TimelineView {
  let chart: uPlot | null = null;
  /** What the chart was built for: while it holds, new data goes into the same chart (no rebuild). */
  let builtFor = '';
  const bars = uPlot.paths.bars!({ size: [0.9, 40], align: 0 });

  const build = (series: ReturnType<typeof stackSeries>, measure: Measure, style: StackStyle): void => {
    chart?.destroy();
    // The widest stack is drawn first and each narrower one over it, so every band shows.
    const order = series.keys.map((_, i) => i).reverse();
    const options: uPlot.Options = {
      width: Math.max(280, container.clientWidth),
      height: 170,
      legend: { show: false },
      cursor: { drag: { x: true, y: false, setScale: false } },
      select: { show: true, left: 0, top: 0, width: 0, height: 0 },
      // One period alone (a filter narrowed to a week) still spans a few days, so that it can be brushed.
      scales: { x: { time: true, range: (_u, min, max) => (min === max ? [min - 4 * 86400, max + 4 * 86400] : [min, max]) } },
      axes: [{ stroke: '#333' }, { stroke: '#333', label: measure === 'killed' ? 'killed' : 'events', size: 50 }],
      series: [{}, ...order.map((k) => ({ label: series.keys[k]!, fill: style.colour(series.keys[k]!), stroke: style.colour(series.keys[k]!), paths: bars, points: { show: false } }))],
      hooks: {
        setSelect: [
          (u: uPlot) => {
            const [from, to] = [u.posToVal(u.select.left, 'x'), u.posToVal(u.select.left + u.select.width, 'x')];
            if (u.select.width < 3 || !Number.isFinite(from) || !Number.isFinite(to)) return;
            const range = brushedRange(from, to);
            u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
            handlers.onBrush(range);
          },
        ],
      },
    };
    chart = new uPlot(options, [series.xs, ...order.map((k) => series.stacked[k]!)], container);
  };

  /** Stacked by type, the map's legend names the colours; stacked by actor, this one does, from the foot of the chart up (the largest actor first). */
  const showLegend = (series: ReturnType<typeof stackSeries>, stack: Stack, style: StackStyle): void => {
    legend.hidden = stack !== 'actor';
    if (legend.hidden) return legend.replaceChildren();
    const swatch = (name: string) => h('span', { class: 'swatch', style: `background:${style.colour(name)}`, 'aria-hidden': 'true' });
    const label = (name: string): Node | string => {
      if (name === OTHER_ACTORS || name === NO_ACTOR) return name;
      const button = h('button', { type: 'button', class: 'link', title: `Show only events of ${name}` }, name);
      button.addEventListener('click', () => handlers.onActor(name));
      return button;
    };
    legend.replaceChildren(...series.keys.map((name) => h('li', {}, swatch(name), label(name))));
  };

  new ResizeObserver(() => chart?.setSize({ width: Math.max(280, container.clientWidth), height: 170 })).observe(container);

  return {
    show(columns, measure, stack) {
      const style = stackStyle(stack, columns);
      const series = stackSeries(columns, measure, style.order, style.nullName);
      container.dataset['periods'] = String(series.xs.length);
      container.dataset['events'] = String(columns.events.flat().reduce((n, v) => n + v, 0));
      container.dataset['stack'] = stack;
      showLegend(series, stack, style);
      const shape = `${measure}|${stack}|${series.keys.join('|')}`;
      if (chart && shape === builtFor) {
        const order = series.keys.map((_, i) => i).reverse();
        chart.setData([series.xs, ...order.map((k) => series.stacked[k]!)]);
        return;
      }
      builtFor = shape;
      build(series, measure, style);
    },
  };
}
