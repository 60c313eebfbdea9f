import { z } from 'zod';
import { DocumentSchema, isoDate } from '../core/document.ts';
import { PutOutcomeSchema } from '../store/store.ts';

/**
 * What an ingest job carries and what it gives back. A document job holds a report already read (by
 * `sitrep ingest --queue` or `POST /api/documents?async=1`, which named any bad file or line at once); a url
 * job holds only the address, fetched by the worker, so that a site that is down is retried later.
 */
export const IngestJobSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('document'),
    /** Where the report came from, for messages: file and line, or "upload". */
    where: z.string(),
    doc: DocumentSchema,
  }),
  z.object({
    kind: z.literal('url'),
    url: z.string().url(),
    published: isoDate.optional(),
    source: z.string().optional(),
    title: z.string().optional(),
  }),
]);
export type IngestJob = z.infer<typeof IngestJobSchema>;

export const StoredDocumentResultSchema = z.object({
  where: z.string(),
  doc_id: z.string(),
  outcome: PutOutcomeSchema,
  version: z.number().int().positive(),
  events_written: z.number().int().nonnegative(),
  events_deleted: z.number().int().nonnegative(),
  event_ids: z.array(z.string()),
});

export const IngestJobResultSchema = z.object({
  /** For a url job: the address asked for and the one the page was finally served from. */
  url: z.string().nullable(),
  final_url: z.string().nullable(),
  documents: z.array(StoredDocumentResultSchema),
  /** Items of a feed that could not be read, each named; the others were stored. */
  failures: z.array(z.object({ where: z.string(), message: z.string() })),
});
export type IngestJobResult = z.infer<typeof IngestJobResultSchema>;
