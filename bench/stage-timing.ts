import { performance } from 'node:perf_hooks';
import type { Context, Extractor, Refiner } from '../src/core/pipeline.ts';
import { runPipeline } from '../src/core/run.ts';
import { createTrace } from '../src/core/trace.ts';
import { EXTRACTORS } from '../src/extract/index.ts';
import type { Reader } from '../src/read-document.ts';
import { REFINERS } from '../src/refine/index.ts';
import { segment } from '../src/text/segment.ts';
import { sentenceTokens } from '../src/text/sentence-tokens.ts';
import type { Document } from '../src/core/document.ts';

/** Milliseconds spent in each named stage, over all documents. */
export type StageTimes = Map<string, number>;

function add(times: StageTimes, name: string, ms: number): void {
  times.set(name, (times.get(name) ?? 0) + ms);
}

// Sentence tokens are cached per sentence, so whichever extractor asks first would pay for them; a first
// pseudo-extractor takes that cost so each extractor's time is its own work.
const TOKENIZE: Extractor = {
  name: 'tokenize (shared)',
  extract(_ctx, sentence) {
    sentenceTokens(sentence);
    return [];
  },
};

function timedExtractor(times: StageTimes, extractor: Extractor): Extractor {
  return {
    name: extractor.name,
    extract(ctx, sentence) {
      const t0 = performance.now();
      const found = extractor.extract(ctx, sentence);
      add(times, `extract/${extractor.name}`, performance.now() - t0);
      return found;
    },
  };
}

function timedRefiner(times: StageTimes, refiner: Refiner): Refiner {
  return {
    name: refiner.name,
    refine(ctx, state) {
      const t0 = performance.now();
      const next = refiner.refine(ctx, state);
      add(times, `refine/${refiner.name}`, performance.now() - t0);
      return next;
    },
  };
}

/**
 * The real pipeline, with each extractor and refiner wrapped in a timer. Segmentation is timed on its own
 * pass because runPipeline calls it internally; its share is small next to the extractors.
 */
export function timeStages(reader: Reader, docs: readonly Document[]): StageTimes {
  const times: StageTimes = new Map();
  for (const doc of docs) {
    const t0 = performance.now();
    segment(doc.text);
    add(times, 'segment', performance.now() - t0);
  }
  const extractors = [TOKENIZE, ...EXTRACTORS].map((e) => timedExtractor(times, e));
  const refiners = REFINERS.map((r) => timedRefiner(times, r));
  for (const doc of docs) {
    const ctx: Context = { doc, gazetteer: reader.gazetteer, lexicons: reader.lexicons, trace: createTrace(false) };
    runPipeline(ctx, extractors, refiners);
  }
  return times;
}
