import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../core/document.ts';
import { createTrace } from '../../core/trace.ts';
import { namesakeGazetteer } from '../../geo/namesakes-fixture.ts';
import { placeNames } from './place-names.ts';

const gazetteer = namesakeGazetteer();

function places(text: string): string[] {
  const ctx = { doc: makeDocument({ id: 't', text }), gazetteer, lexicons: {} as never, trace: createTrace(false) };
  const sentence = { index: 0, paragraph: 0, span: { start: 0, end: text.length }, text };
  return placeNames.extract(ctx, sentence).map((m) => (m.kind === 'place' ? `${text.slice(m.span.start, m.span.end)}|${m.level}|${m.name}` : ''));
}

describe('two places joined by a hyphen', () => {
  const table: readonly (readonly [string, readonly string[]])[] = [
    ['Floods closed schools across Rockville-Frederick on Friday.', ['Rockville|town|Rockville', 'Frederick|town|Frederick']],
    ['Service on the Atlanta-Savannah bus resumed.', ['Atlanta|town|Atlanta', 'Savannah|town|Savannah']],
    ['Georgia-Canada trade grew.', ['Georgia|country|Georgia', 'Canada|country|Canada']],
    // A road or a front line is coded at its first place, as before.
    ['Traffic stopped on the Atlanta-Macon road.', ['Atlanta|town|Atlanta']],
    // Negative rows: a known name with a part that is no place of size, an acronym after the hyphen.
    ['Fans of Atlanta-Fulton met.', []],
    ['The Macon-FPIC militia withdrew.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});
