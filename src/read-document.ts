import type { Diagnostic } from './core/diagnostic.ts';
import type { Document } from './core/document.ts';
import type { EventRecord } from './core/event.ts';
import type { Lexicons } from './core/lexicons.ts';
import type { Mention } from './core/mention.ts';
import type { Sentence } from './core/pipeline.ts';
import { runPipeline } from './core/run.ts';
import { createTrace } from './core/trace.ts';
import { EXTRACTORS } from './extract/index.ts';
import type { Gazetteer } from './geo/gazetteer.ts';
import { REFINERS } from './refine/index.ts';

export interface Reader {
  readonly gazetteer: Gazetteer;
  readonly lexicons: Lexicons;
}

export interface Reading {
  readonly doc: Document;
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly (readonly Mention[])[];
  readonly events: readonly EventRecord[];
  readonly diagnostics: readonly Diagnostic[];
  readonly trace: readonly string[];
}

/** Reads one document: the whole extract/refine core, pure and synchronous. */
export function readDocument(reader: Reader, doc: Document, options: { explain?: boolean } = {}): Reading {
  const trace = createTrace(options.explain ?? false);
  const ctx = { doc, gazetteer: reader.gazetteer, lexicons: reader.lexicons, trace };
  const state = runPipeline(ctx, EXTRACTORS, REFINERS);
  return { doc, ...state, trace: trace.lines };
}
