import type { Diagnostic } from '../core/diagnostic.ts';
import type { Document } from '../core/document.ts';

/** How a file is read; 'auto' decides per file from its extension, then its first bytes. */
export type InputKind = 'text' | 'html' | 'jsonl' | 'rss';

export interface InputOptions {
  readonly input?: InputKind | 'auto';
  /** YYYY-MM-DD, used for documents that state no publication date of their own. */
  readonly published?: string;
  /** The outlet, used for documents that name none of their own. */
  readonly source?: string;
  /** Files larger than this are refused unread (default 64 MB). */
  readonly maxBytes?: number;
}

/** One document read, with any data problems found while reading it. */
export interface InputDocument {
  readonly ok: true;
  readonly file: string;
  /** The JSONL line the document came from. */
  readonly line?: number;
  readonly doc: Document;
  readonly diagnostics: readonly Diagnostic[];
}

/** A file or line that could not be read; reading goes on with the next one. */
export interface InputError {
  readonly ok: false;
  readonly file: string;
  readonly line?: number;
  readonly message: string;
}

export type InputResult = InputDocument | InputError;

/** Checked fallbacks from the command line. */
export interface InputDefaults {
  readonly published: string | null;
  readonly source: string | null;
}
