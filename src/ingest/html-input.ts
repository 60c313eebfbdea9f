import type { Diagnostic } from '../core/diagnostic.ts';
import { buildDocument } from './build-document.ts';
import { extractHtmlArticle } from './html-text.ts';
import type { InputDefaults, InputResult } from './input-result.ts';
import { parsePublished } from './published-date.ts';

/** A web page: its main text becomes the document; title, date and url come from its metadata. */
export function readHtmlReport(content: string, file: string, defaults: InputDefaults): InputResult {
  const page = extractHtmlArticle(content);
  if (page.text.trim() === '') return { ok: false, file, message: 'no readable text in the HTML page' };
  const diagnostics: Diagnostic[] = [];
  const published = parsePublished(page.published, 'published (page metadata)');
  // A page's own metadata is not something the user wrote, so a date we cannot read is a warning, not a refusal.
  if (!published.ok) diagnostics.push({ level: 'warning', code: 'ingest/page-date', message: `${published.message}; ignored` });
  return buildDocument(
    { text: page.text, published: published.ok ? published.value : null, source: page.source, title: page.title, url: page.url },
    file,
    defaults,
    diagnostics,
  );
}
