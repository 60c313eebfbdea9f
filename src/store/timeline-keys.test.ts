import { describe, expect, it } from 'vitest';
import type { TimelineBucket } from './store.ts';
import { keepTopKeys, OTHER_KEYS, sortBuckets } from './timeline-keys.ts';

const bucket = (period: string, key: string | null, events: number, killed = 0): TimelineBucket => ({ period, key, events, killed });

describe('keepTopKeys', () => {
  it('leaves a timeline with no more keys than asked as it is', () => {
    const buckets = [bucket('2024-01-01', 'b', 1), bucket('2024-01-01', 'a', 2), bucket('2024-01-02', null, 9)];
    expect(keepTopKeys(buckets, 2)).toEqual(buckets);
  });

  it('ranks keys by events over all periods, not by one period, and sums the rest per period', () => {
    const buckets = [
      bucket('2024-01-01', 'burst', 5, 50),
      bucket('2024-01-01', 'steady', 2, 1),
      bucket('2024-01-02', 'steady', 2, 1),
      bucket('2024-01-02', 'small', 1, 7),
      bucket('2024-01-03', 'steady', 2),
      bucket('2024-01-03', 'small', 1),
      bucket('2024-01-03', 'tiny', 1, 2),
    ];
    expect(sortBuckets(keepTopKeys(buckets, 2))).toEqual([
      bucket('2024-01-01', 'burst', 5, 50),
      bucket('2024-01-01', 'steady', 2, 1),
      bucket('2024-01-02', OTHER_KEYS, 1, 7),
      bucket('2024-01-02', 'steady', 2, 1),
      bucket('2024-01-03', OTHER_KEYS, 2, 2),
      bucket('2024-01-03', 'steady', 2),
    ]);
  });
});
