import { describe, expect, it } from 'vitest';
import { timelineColumns } from '../../src/api/routes/timeline-columns.ts';
import { brushedRange, stackSeries, timelineInterval, UNTYPED_KEY } from './timeline-series.ts';

const bucket = (period: string, key: string | null, events: number, killed: number) => ({ period, key, events, killed });

describe('stackSeries', () => {
  const buckets = [
    bucket('2019-06-17', 'Battles', 2, 5),
    bucket('2019-06-17', 'Protests', 1, 0),
    bucket('2019-06-24', 'Protests', 3, 1),
    bucket('2019-06-10', null, 1, 7),
  ];

  it.each([
    ['events', [[0, 2, 0], [0, 3, 3], [1, 3, 3]], [[0, 2, 0], [0, 1, 3], [1, 0, 0]]],
    ['killed', [[0, 5, 0], [0, 5, 1], [7, 5, 1]], [[0, 5, 0], [0, 0, 1], [7, 0, 0]]],
  ] as const)('stacks %s by the given type order, untyped last', (measure, stacked, own) => {
    const series = stackSeries(timelineColumns(buckets), measure, ['Battles', 'Riots', 'Protests']);
    expect(series.keys).toEqual(['Battles', 'Protests', UNTYPED_KEY]);
    expect(series.xs).toEqual(['2019-06-10', '2019-06-17', '2019-06-24'].map((d) => Date.parse(d) / 1000));
    expect(series.stacked).toEqual(stacked);
    expect(series.own).toEqual(own);
  });

  it('is empty for no buckets', () => {
    expect(stackSeries(timelineColumns([]), 'events', ['Battles'])).toEqual({ xs: [], keys: [], stacked: [], own: [] });
  });
});

describe('brushedRange', () => {
  it.each([
    [Date.parse('2019-06-17') / 1000, Date.parse('2019-06-24T12:00:00Z') / 1000, { from: '2019-06-17', to: '2019-06-24' }],
    [Date.parse('2019-06-24') / 1000, Date.parse('2019-06-17') / 1000, { from: '2019-06-17', to: '2019-06-24' }],
  ])('%s..%s', (a, b, expected) => {
    expect(brushedRange(a, b)).toEqual(expected);
  });
});

describe('timelineInterval', () => {
  it.each([
    ['a month of days', '2024-03-01', '2024-03-31', 'day'],
    ['three months still days', '2024-01-01', '2024-04-01', 'day'],
    ['half a year by weeks', '2024-01-01', '2024-06-30', 'week'],
    ['two years by weeks', '2022-01-01', '2023-12-31', 'week'],
    ['three years by months', '2021-01-01', '2023-12-31', 'month'],
    ['no start: every date there is, by months', undefined, '2024-01-01', 'month'],
    ['no end: until today', '2024-05-01', undefined, 'day'],
    ['an unreadable start: by months', 'soon', undefined, 'month'],
  ] as const)('%s', (_label, from, to, expected) => {
    expect(timelineInterval(from, to, '2024-06-15')).toBe(expected);
  });
});
