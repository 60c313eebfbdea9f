import { makeDocument, type Document } from '../core/document.ts';
import { parseArticleHeader } from '../ingest/article-header.ts';
import type { Gold } from './gold-schema.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/**
 * The document a gold reading was coded from. Only the stated `published` is given to the reader, never
 * `published_inferred`: that is the coder's guess, and sitrep must cope without it, as on new reports.
 * An article header, when present, is metadata: it is cut off, and fills in what the gold leaves out.
 */
export function documentFromGold(gold: Gold, fileText: string): Document {
  const header = parseArticleHeader(fileText);
  const text = header ? fileText.slice(header.bodyStart) : fileText;
  const headerDate = header?.published ? (ISO_DATE.exec(header.published)?.[0] ?? null) : null;
  return makeDocument({
    id: gold.doc,
    text,
    published: gold.published ?? headerDate,
    source: gold.source ?? header?.source ?? null,
    title: header?.title ?? null,
    url: header?.url ?? null,
  });
}
