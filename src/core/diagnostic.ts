import type { Span } from './span.ts';

/** A data problem found while reading a report: returned with the result, never thrown. */
export interface Diagnostic {
  readonly level: 'info' | 'warning' | 'error';
  readonly code: string;
  readonly message: string;
  readonly span?: Span;
}
