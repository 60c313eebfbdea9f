import { describe, expect, it } from 'vitest';
import { evidenceInContext } from './evidence-context.ts';

const TEXT = 'Shelling hit Kafr Nabudah at dawn. Two children were killed, the rescue service said. Clashes followed.';

function span(quote: string) {
  const start = TEXT.indexOf(quote);
  return { field: 'killed', start, end: start + quote.length, quote };
}

describe('evidenceInContext', () => {
  const table: [string, string, number, string][] = [
    ['whole text fits the window', 'Two children', 500, TEXT],
    ['cut at word boundaries on both sides', 'Two children', 12, 'at dawn. Two children were'],
    ['a radius of zero gives the span alone', 'Two children', 0, 'Two children'],
    ['at the very start', 'Shelling', 5, 'Shelling hit'],
    ['at the very end', 'followed.', 8, 'Clashes followed.'],
    ['a window ending inside a word stops before it', 'followed.', 4, 'followed.'],
  ];
  it.each(table)('%s', (_name, quote, radius, expected) => {
    const [e] = evidenceInContext(TEXT, [span(quote)], radius);
    expect(e!.context.text).toBe(expected);
    expect(TEXT.slice(e!.context.start, e!.context.end)).toBe(expected);
    // The span lies inside its context, at document offsets.
    expect(e!.context.start).toBeLessThanOrEqual(e!.start);
    expect(e!.context.end).toBeGreaterThanOrEqual(e!.end);
    expect(TEXT.slice(e!.start, e!.end)).toBe(quote);
  });
});
