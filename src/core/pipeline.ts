import type { Diagnostic } from './diagnostic.ts';
import type { Document } from './document.ts';
import type { EventRecord } from './event.ts';
import type { Mention } from './mention.ts';
import type { Span } from './span.ts';
import type { Trace } from './trace.ts';
import type { Gazetteer } from '../geo/gazetteer.ts';
import type { Lexicons } from './lexicons.ts';

/** A sentence of the document, with its offsets. `text` equals `doc.text.slice(span.start, span.end)`. */
export interface Sentence {
  readonly index: number;
  readonly paragraph: number;
  readonly span: Span;
  readonly text: string;
}

/** What every extractor and refiner may read. Built once per document at the edge. */
export interface Context {
  readonly doc: Document;
  readonly gazetteer: Gazetteer;
  readonly lexicons: Lexicons;
  readonly trace: Trace;
  /** The publication date stands in for a reference known only to the month (see dates/candidate.ts). */
  readonly referenceYearOnly?: boolean;
}

/** Finds one concept in one sentence. Spans are in document coordinates. */
export interface Extractor {
  readonly name: string;
  extract(ctx: Context, sentence: Sentence): readonly Mention[];
}

export interface State {
  readonly sentences: readonly Sentence[];
  /** `mentions[i]` holds the mentions found in sentence i. */
  readonly mentions: readonly (readonly Mention[])[];
  readonly events: readonly EventRecord[];
  readonly diagnostics: readonly Diagnostic[];
}

/** One ordered step after extraction: merges, filters, resolves, assembles. Returns a new state. */
export interface Refiner {
  readonly name: string;
  refine(ctx: Context, state: State): State;
}
