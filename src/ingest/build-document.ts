import type { Diagnostic } from '../core/diagnostic.ts';
import { makeDocument } from '../core/document.ts';
import { detectLanguage } from './detect-language.ts';
import { documentIdFor } from './document-id.ts';
import type { InputDefaults, InputDocument } from './input-result.ts';

/** What a reader found in a file (dates already checked); fallbacks and ids are filled in here, once. */
export interface FoundReport {
  readonly text: string;
  readonly id?: string | null;
  readonly published: string | null;
  readonly source?: string | null;
  readonly title?: string | null;
  readonly url?: string | null;
  readonly line?: number;
}

// Past this many characters without a line break, a file is probably a dump rather than a report.
export const LONG_LINE = 100_000;

export function buildDocument(found: FoundReport, file: string, defaults: InputDefaults, extra: readonly Diagnostic[] = []): InputDocument {
  const diagnostics: Diagnostic[] = [...extra];
  if (found.published !== null && defaults.published !== null && found.published !== defaults.published) {
    diagnostics.push({
      level: 'warning',
      code: 'ingest/published-conflict',
      message: `the report states published ${found.published}; --published ${defaults.published} is ignored for it`,
    });
  }
  const longest = longestLine(found.text);
  if (longest.length > LONG_LINE) {
    diagnostics.push({
      level: 'warning',
      code: 'ingest/long-line',
      message: `line ${longest.line} is ${longest.length} characters long; sentences there are split on punctuation alone`,
    });
  }
  const doc = makeDocument({
    id: found.id ?? documentIdFor(file, found.text),
    text: found.text,
    published: found.published ?? defaults.published,
    source: found.source ?? defaults.source,
    title: found.title ?? null,
    url: found.url ?? null,
    language: detectLanguage(found.text),
  });
  return found.line === undefined ? { ok: true, file, doc, diagnostics } : { ok: true, file, line: found.line, doc, diagnostics };
}

function longestLine(text: string): { line: number; length: number } {
  let best = { line: 1, length: 0 };
  let start = 0;
  for (let line = 1; start <= text.length; line += 1) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (end - start > best.length) best = { line, length: end - start };
    if (newline === -1) break;
    start = newline + 1;
  }
  return best;
}
