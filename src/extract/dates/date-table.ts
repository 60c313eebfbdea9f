import { expect, it } from 'vitest';
import type { TimePrecision } from '../../core/mention.ts';
import type { DateParser } from './candidate.ts';
import { DATE_PARSERS, readDates, toMention } from './index.ts';
import { makeReference } from './reference.ts';

/** What a test expects of one mention: its quote, range, precision, and whether it is a "since" period. */
export type ExpectedDate = readonly [quote: string, start: string, end: string, precision: TimePrecision, kind?: 'since' | 'stated'];

/** One table row: a sentence, its publication date, every mention expected in it (none for negative rows). */
export type DateRow = readonly [sentence: string, published: string | null, expected: readonly ExpectedDate[]];

// Sentences sit inside a longer document so that the test also checks the shift to document coordinates.
const PREFIX = 'Earlier paragraphs of the report. ';

/**
 * Runs a table through the given parsers (all by default) and the refiners. Checks, for each mention, that
 * the document text at its span is the expected quote; a failing row prints every reading and its parser.
 */
export function testDateTable(rows: readonly DateRow[], parsers: readonly DateParser[] = DATE_PARSERS): void {
  it.each(rows.map((row) => [row[0], row] as const))('%s', (_, [sentence, published, expected]) => {
    const document = PREFIX + sentence;
    const candidates = readDates(sentence, makeReference(published), parsers);
    const got = candidates.map((candidate) => {
      const mention = toMention(candidate, PREFIX.length);
      const quote = document.slice(mention.span.start, mention.span.end);
      const kind = mention.since ? 'since' : mention.implied === null ? 'stated' : undefined;
      return [quote, mention.start, mention.end, mention.precision, kind] as const;
    });
    const trace = () => candidates.map((c) => `${c.parser}: ${sentence.slice(c.start, c.end)}`).join('\n');
    const wanted = expected.map(([quote, start, end, precision, kind]) => [quote, start, end, precision, kind] as const);
    expect(got, trace()).toEqual(wanted);
  });
}
