import type { Extractor } from '../core/pipeline.ts';

/** Every extractor, in the order they run over each sentence. Order does not matter here: refiners merge. */
export const EXTRACTORS: readonly Extractor[] = [];
