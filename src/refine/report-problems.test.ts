import { describe, expect, it } from 'vitest';
import { readText } from '../test-support/read-sentence.ts';

describe('report-problems', () => {
  it('warns about a figure no count could reach, with its span', () => {
    const text = 'Officials said 999999999999 people were killed in Idlib.';
    const reading = readText(text);
    const warning = reading.diagnostics.find((d) => d.code === 'figure/implausible');
    expect(warning?.span && text.slice(warning.span.start, warning.span.end)).toBe('999999999999');
    expect(reading.events.every((e) => (e.killed_best ?? 0) < 1_000_000)).toBe(true);
  });

  it('says nothing about ordinary figures', () => {
    expect(readText('Officials said 12,000 people fled Idlib.').diagnostics).toEqual([]);
  });
});
