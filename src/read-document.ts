import type { Diagnostic } from './core/diagnostic.ts';
import type { Document } from './core/document.ts';
import type { EventRecord } from './core/event.ts';
import type { Lexicons } from './core/lexicons.ts';
import type { Mention } from './core/mention.ts';
import type { Sentence } from './core/pipeline.ts';
import { runPipeline } from './core/run.ts';
import { createTrace } from './core/trace.ts';
import { findDates } from './extract/dates/index.ts';
import { EXTRACTORS } from './extract/index.ts';
import type { Gazetteer } from './geo/gazetteer.ts';
import { inferReferenceDate } from './refine/infer-reference-date.ts';
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
  const inferred = doc.published === null ? inferReferenceDate(doc.text, (text) => findDates(text, 0, null)) : null;
  const reference = doc.published ?? inferred?.date ?? null;
  const read = reference === doc.published ? doc : { ...doc, published: reference };
  const ctx = { doc: read, gazetteer: reader.gazetteer, lexicons: reader.lexicons, trace, referenceYearOnly: inferred?.yearOnly ?? false };
  const state = runPipeline(ctx, EXTRACTORS, REFINERS);
  const diagnostics: Diagnostic[] =
    read === doc
      ? [...state.diagnostics]
      : [
          {
            level: 'info',
            code: 'published/inferred',
            message: inferred?.yearOnly
              ? `the report gives no publication date; days without a year are read as on or before ${reference}, the end of the latest month it states`
              : `the report gives no publication date; relative dates are read against ${reference}, the latest date it states`,
          },
          ...state.diagnostics,
        ];
  return { doc, ...state, diagnostics, trace: trace.lines };
}
