import { describe, expect, it } from 'vitest';
import { timelineColumns } from './timeline-columns.ts';

const bucket = (period: string, key: string | null, events: number, killed: number) => ({ period, key, events, killed });

describe('timelineColumns', () => {
  it('gives every period and key once, zero where a key had no events that period, no key last', () => {
    expect(timelineColumns([
      bucket('2020-02-01', 'Riots', 2, 0),
      bucket('2020-01-01', null, 1, 4),
      bucket('2020-01-01', 'Battles', 3, 9),
      bucket('2020-03-01', 'Battles', 1, 1),
    ])).toEqual({
      periods: ['2020-01-01', '2020-02-01', '2020-03-01'],
      keys: ['Battles', 'Riots', null],
      events: [[3, 0, 1], [0, 2, 0], [1, 0, 0]],
      killed: [[9, 0, 1], [0, 0, 0], [4, 0, 0]],
    });
  });

  it('is empty for no buckets', () => {
    expect(timelineColumns([])).toEqual({ periods: [], keys: [], events: [], killed: [] });
  });
});
