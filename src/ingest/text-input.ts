import { parseArticleHeader } from './article-header.ts';
import { buildDocument } from './build-document.ts';
import type { InputDefaults, InputResult } from './input-result.ts';
import { parsePublished } from './published-date.ts';

/**
 * A plain-text report, optionally starting with the article header block. The document's text is what
 * follows the header, so every offset counts from the first character after the `---` line.
 */
export function readTextReport(content: string, file: string, defaults: InputDefaults): InputResult {
  const header = parseArticleHeader(content);
  if (header === null) {
    const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
    return buildDocument({ text, published: null }, file, defaults);
  }
  const text = content.slice(header.bodyStart);
  if (text.trim() === '') return { ok: false, file, message: 'empty report: nothing follows the header' };
  const published = parsePublished(header.published, 'published');
  if (!published.ok) return { ok: false, file, line: headerLine(content, 'published'), message: published.message };
  return buildDocument(
    { text, published: published.value, source: header.source, title: header.title, url: header.url },
    file,
    defaults,
  );
}

function headerLine(content: string, key: string): number | undefined {
  const lines = content.slice(0, 4000).split('\n');
  const index = lines.findIndex((l) => l.toLowerCase().startsWith(`${key}:`));
  return index === -1 ? undefined : index + 1;
}
