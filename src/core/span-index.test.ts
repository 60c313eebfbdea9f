import { describe, expect, it } from 'vitest';
import { overlaps, type Span } from './span.ts';
import { spanIndex } from './span-index.ts';

describe('spanIndex', () => {
  const spans: Span[] = [{ start: 10, end: 20 }, { start: 0, end: 50 }, { start: 60, end: 61 }];
  it.each([
    [{ start: 5, end: 6 }, true],
    [{ start: 50, end: 60 }, false],
    [{ start: 60, end: 70 }, true],
    [{ start: 61, end: 90 }, false],
  ] as const)('%o overlaps: %s', (span, expected) => {
    expect(spanIndex(spans)(span)).toBe(expected);
  });

  it('agrees with the pairwise check on random spans', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 1000;
    const many: Span[] = Array.from({ length: 200 }, () => {
      const a = next();
      return { start: a, end: a + 1 + (next() % 30) };
    });
    const index = spanIndex(many);
    for (let i = 0; i < 500; i += 1) {
      const a = next();
      const probe = { start: a, end: a + 1 + (next() % 20) };
      expect(index(probe)).toBe(many.some((s) => overlaps(s, probe)));
    }
  });
});
