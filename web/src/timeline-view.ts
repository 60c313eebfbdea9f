import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { TimelineColumns } from './api.ts';
import { colourOf, EVENT_TYPE_NAMES } from './event-colours.ts';
import { brushedRange, stackSeries } from './timeline-series.ts';

export type Measure = 'events' | 'killed';

export interface TimelineView {
  show(columns: TimelineColumns, measure: Measure): void;
}

/**
 * Events or killed per day, week or month as bars stacked by event type. Dragging across the chart selects a date
 * range and hands it to `onBrush` (the filters then narrow every view to it).
 */
export function createTimelineView(container: HTMLElement, onBrush: (range: { from: string; to: string }) => void): TimelineView {
  let chart: uPlot | null = null;
  /** What the chart was built for: while it holds, new data goes into the same chart (no rebuild). */
  let builtFor = '';
  const bars = uPlot.paths.bars!({ size: [0.9, 40], align: 0 });

  const build = (series: ReturnType<typeof stackSeries>, measure: Measure): void => {
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
      series: [{}, ...order.map((k) => ({ label: series.keys[k]!, fill: colourOf(series.keys[k]), stroke: colourOf(series.keys[k]), paths: bars, points: { show: false } }))],
      hooks: {
        setSelect: [
          (u: uPlot) => {
            const [from, to] = [u.posToVal(u.select.left, 'x'), u.posToVal(u.select.left + u.select.width, 'x')];
            if (u.select.width < 3 || !Number.isFinite(from) || !Number.isFinite(to)) return;
            const range = brushedRange(from, to);
            u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
            onBrush(range);
          },
        ],
      },
    };
    chart = new uPlot(options, [series.xs, ...order.map((k) => series.stacked[k]!)], container);
  };

  new ResizeObserver(() => chart?.setSize({ width: Math.max(280, container.clientWidth), height: 170 })).observe(container);

  return {
    show(columns, measure) {
      const series = stackSeries(columns, measure, EVENT_TYPE_NAMES);
      container.dataset['periods'] = String(series.xs.length);
      container.dataset['events'] = String(columns.events.flat().reduce((n, v) => n + v, 0));
      const shape = `${measure}|${series.keys.join('|')}`;
      if (chart && shape === builtFor) {
        const order = series.keys.map((_, i) => i).reverse();
        chart.setData([series.xs, ...order.map((k) => series.stacked[k]!)]);
        return;
      }
      builtFor = shape;
      build(series, measure);
    },
  };
}
