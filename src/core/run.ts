import type { Context, Extractor, Refiner, State } from './pipeline.ts';
import { segment } from '../text/segment.ts';

/** Runs the extractors over every sentence, then the refiners in order. Pure: text and context in, state out. */
export function runPipeline(ctx: Context, extractors: readonly Extractor[], refiners: readonly Refiner[]): State {
  const sentences = segment(ctx.doc.text);
  const mentions = sentences.map((sentence) => extractors.flatMap((extractor) => extractor.extract(ctx, sentence)));
  let state: State = { sentences, mentions, events: [], diagnostics: [] };
  for (const refiner of refiners) {
    state = refiner.refine(ctx, state);
    ctx.trace.note(refiner.name, () => `${state.events.length} events`);
  }
  return state;
}
