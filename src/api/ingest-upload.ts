import { z } from 'zod';
import { isoDate } from '../core/document.ts';
import type { Document } from '../core/document.ts';
import { buildDocument } from '../ingest/build-document.ts';
import { readInputBytes } from '../ingest/read-input.ts';
import { readDocument } from '../read-document.ts';
import { PutOutcomeSchema } from '../store/store.ts';
import type { ApiDeps } from './api-env.ts';
import { ApiError, badRequest } from './api-error.ts';

/**
 * POST /api/documents: one report in, read exactly as `sitrep ingest` reads a file (the same readers,
 * the same extraction), stored in one transaction. The same content twice changes nothing.
 */

const optionalText = z.string().trim().min(1).max(2000).optional();

const UploadFieldsSchema = z
  .object({
    text: z.string().refine((t) => t.trim() !== '', 'empty').optional(),
    url: z.string().url().optional(),
    title: optionalText,
    source: optionalText,
    published: isoDate.optional(),
  })
  .strict();

/** The report's text, or only a url: then the page is fetched and read as `sitrep ingest URL` reads it. */
export const DocumentUploadSchema = UploadFieldsSchema.refine((u) => u.text !== undefined || u.url !== undefined, {
  message: 'give the text, or a url to fetch',
  path: ['text'],
});

/** For text and HTML bodies, the same metadata comes as query parameters, with `async`. */
export const UploadQuerySchema = UploadFieldsSchema.omit({ text: true }).extend({
  async: z.enum(['0', '1', 'true', 'false']).optional(),
});

const DiagnosticSchema = z.object({ level: z.string(), code: z.string(), message: z.string() });

export const IngestResultSchema = z.object({
  outcome: PutOutcomeSchema,
  doc_id: z.string(),
  version: z.number().int().positive(),
  events_written: z.number().int().nonnegative(),
  events_deleted: z.number().int().nonnegative(),
  event_ids: z.array(z.string()),
  diagnostics: z.array(DiagnosticSchema),
  /** For a fetched report: the url asked for and the one the page was finally served from. */
  url: z.string().optional(),
  final_url: z.string().optional(),
});
export type IngestResult = z.infer<typeof IngestResultSchema>;

type Upload = z.output<typeof DocumentUploadSchema> & { readonly text: string };
export type Read = { readonly doc: Document; readonly diagnostics: readonly z.infer<typeof DiagnosticSchema>[] };

/** A name for ids: the title's words when there is a title (ids people can tell apart), else "upload". */
function nameFor(title: string | undefined): string {
  const words = title?.replace(/[^A-Za-z0-9]+/g, '-') ?? '';
  return words.replace(/^-+|-+$/g, '') === '' ? 'upload' : words;
}

export function documentFromJson(upload: Upload): Read {
  const read = buildDocument(
    { text: upload.text, published: upload.published ?? null, source: upload.source, title: upload.title, url: upload.url },
    nameFor(upload.title),
    { published: null, source: null },
  );
  return { doc: read.doc, diagnostics: read.diagnostics };
}

export function documentFromBytes(bytes: Uint8Array, kind: 'text' | 'html', meta: Omit<Upload, 'text'>): Read {
  const [result] = [...readInputBytes(bytes, nameFor(meta.title), { input: kind, published: meta.published, source: meta.source })];
  if (!result) throw badRequest('body', 'no document in the body');
  if (!result.ok) throw badRequest(result.line === undefined ? 'body' : `body:${result.line}`, result.message);
  // As with the CLI's --published and --source, what the report states wins; the parameters fill gaps.
  const doc = { ...result.doc, url: result.doc.url ?? meta.url ?? null, title: result.doc.title ?? meta.title ?? null };
  return { doc, diagnostics: result.diagnostics };
}

export async function storeUpload(deps: ApiDeps, read: Read): Promise<IngestResult> {
  const reader = await deps.reader();
  let events;
  try {
    events = readDocument(reader, read.doc).events;
  } catch (error) {
    throw new ApiError(500, { error: 'internal', message: `internal error reading the document: ${error instanceof Error ? error.message : String(error)}` });
  }
  const put = await deps.store.putDocument(read.doc, events);
  // Its events join their incidents at once, as with `sitrep ingest`.
  await deps.incidents?.reconcilePending('api upload');
  const stored = await deps.store.queryEvents({ doc_id: put.doc_id }, { limit: 1000 });
  return {
    ...put,
    event_ids: stored.events.map((e) => e.id),
    diagnostics: read.diagnostics.map((d) => ({ level: d.level, code: d.code, message: d.message })),
  };
}
