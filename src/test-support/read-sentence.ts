import { expect } from 'vitest';
import type { Mention, MentionKind, MentionOf } from '../core/mention.ts';
import type { Context, Extractor, Sentence } from '../core/pipeline.ts';
import { createTrace } from '../core/trace.ts';
import { buildLexicons } from '../extract/lexicon/index.ts';
import { createMemoryGazetteer } from '../geo/memory-gazetteer.ts';
import { SYRIA_ADMINS, SYRIA_COUNTRIES, SYRIA_PLACES } from '../geo/syria-fixture.ts';
import { readDocument } from '../read-document.ts';

// Sentences sit after some text so that tests also check the shift into document coordinates.
const PREFIX = 'An earlier sentence of the report. ';

export const testGazetteer = createMemoryGazetteer({ places: SYRIA_PLACES, countries: SYRIA_COUNTRIES, admins: SYRIA_ADMINS });
export const testLexicons = buildLexicons();

export function testContext(text: string, published: string | null = '2019-06-21'): Context {
  return {
    doc: { id: 'test', text, published, source: null, title: null, url: null, language: null },
    gazetteer: testGazetteer,
    lexicons: testLexicons,
    trace: createTrace(false),
  };
}

/** Every span must quote the document exactly: the provenance promise, checked in every extractor test. */
export function expectSpansQuote(text: string, mentions: readonly Mention[]): void {
  for (const m of mentions) {
    expect(m.span.start).toBeGreaterThanOrEqual(0);
    expect(m.span.end).toBeLessThanOrEqual(text.length);
    expect(m.span.end).toBeGreaterThan(m.span.start);
  }
}

/** Runs one extractor on one sentence (placed inside a longer text) and returns its mentions of one kind. */
export function extractFrom<K extends MentionKind>(
  extractor: Extractor,
  sentence: string,
  kind: K,
  published: string | null = '2019-06-21',
): { quotes: string[]; mentions: MentionOf<K>[] } {
  const text = PREFIX + sentence;
  const s: Sentence = { index: 1, paragraph: 0, span: { start: PREFIX.length, end: text.length }, text: sentence };
  const mentions = extractor.extract(testContext(text, published), s).filter((m): m is MentionOf<K> => m.kind === kind);
  expectSpansQuote(text, mentions);
  return { quotes: mentions.map((m) => text.slice(m.span.start, m.span.end)), mentions };
}

/** Reads a whole text through the pipeline with the small test gazetteer: what refiner tests look at. */
export function readText(text: string, published: string | null = '2019-06-21', title: string | null = null) {
  return readDocument(
    { gazetteer: testGazetteer, lexicons: testLexicons },
    { id: 'test', text, published, source: null, title, url: null, language: null },
  );
}
