import { describe, expect, it } from 'vitest';
import { excerptBounds, textRuns } from './highlight.ts';

describe('textRuns', () => {
  it.each([
    ['no spans', 10, [], [{ start: 0, end: 10, fields: [] }]],
    ['one span', 10, [{ start: 2, end: 5, field: 'killed' }], [
      { start: 0, end: 2, fields: [] }, { start: 2, end: 5, fields: ['killed'] }, { start: 5, end: 10, fields: [] },
    ]],
    ['overlapping spans', 10, [{ start: 0, end: 6, field: 'location' }, { start: 4, end: 8, field: 'date' }], [
      { start: 0, end: 4, fields: ['location'] }, { start: 4, end: 6, fields: ['location', 'date'] },
      { start: 6, end: 8, fields: ['date'] }, { start: 8, end: 10, fields: [] },
    ]],
    ['adjacent spans of one field merge', 6, [{ start: 0, end: 3, field: 'a' }, { start: 3, end: 6, field: 'a' }], [{ start: 0, end: 6, fields: ['a'] }]],
    ['spans out of the text are ignored', 5, [{ start: 3, end: 9, field: 'x' }, { start: 4, end: 4, field: 'y' }], [{ start: 0, end: 5, fields: [] }]],
  ])('%s', (_name, length, spans, expected) => {
    expect(textRuns(length, spans)).toEqual(expected);
  });
});

describe('excerptBounds', () => {
  it('frames the spans with a margin, inside the text', () => {
    expect(excerptBounds(1000, [{ start: 400, end: 420, field: 'a' }, { start: 500, end: 510, field: 'b' }], 100)).toEqual({ start: 300, end: 610 });
    expect(excerptBounds(50, [{ start: 10, end: 20, field: 'a' }], 100)).toEqual({ start: 0, end: 50 });
    expect(excerptBounds(1000, [], 100)).toEqual({ start: 0, end: 200 });
  });
});
