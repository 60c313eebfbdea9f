import type { PlaceMention } from '../core/mention.ts';
import { makeDocument } from '../core/document.ts';
import { createTrace } from '../core/trace.ts';
import { placeNames } from '../extract/places/place-names.ts';
import type { Gazetteer } from '../geo/gazetteer.ts';

/** The place-names extractor on one text read as one sentence: each mention with the words it quotes. */
export function sentencePlaces(gazetteer: Gazetteer, text: string): { quote: string; place: PlaceMention }[] {
  const ctx = { doc: makeDocument({ id: 't', text }), gazetteer, lexicons: {} as never, trace: createTrace(false) };
  const sentence = { index: 0, paragraph: 0, span: { start: 0, end: text.length }, text };
  return placeNames.extract(ctx, sentence).flatMap((m) => (m.kind === 'place' ? [{ quote: text.slice(m.span.start, m.span.end), place: m }] : []));
}

/** `quote|level|name` per place mention: what the extractor's table tests compare. */
export function placeReadings(gazetteer: Gazetteer, text: string): string[] {
  return sentencePlaces(gazetteer, text).map(({ quote, place }) => `${quote}|${place.level}|${place.name}`);
}
