import { z } from 'zod';
import { readUrl } from '../ingest/url-input.ts';
import type { IngestJob } from '../worker/ingest-job.ts';
import type { ApiDeps } from './api-env.ts';
import { ApiError, badRequest } from './api-error.ts';
import { storeUpload, type IngestResult } from './ingest-upload.ts';

/**
 * POST /api/documents beyond one text in, one document out: `?async=1` (or `Prefer: respond-async`) hands
 * the report to the job queue and answers 202 with the job's id at once; `{"url": ...}` fetches the page,
 * inline or in the worker.
 */
export const AsyncQuerySchema = z.object({ async: z.enum(['0', '1', 'true', 'false']).optional() });

export const JobAcceptedSchema = z.object({
  job_id: z.string(),
  state: z.literal('queued'),
  /** Where to follow the job: GET it until its state is done or failed. */
  status_url: z.string(),
});
export type JobAccepted = z.infer<typeof JobAcceptedSchema>;

/** RFC 7240: `Prefer: respond-async`, or the query's `async=1|true`. */
export function wantsAsync(prefer: string | undefined, flag: string | undefined): boolean {
  if (flag !== undefined) return flag === '1' || flag === 'true';
  return (prefer ?? '').split(',').some((p) => p.trim().toLowerCase() === 'respond-async');
}

export async function enqueueUpload(deps: ApiDeps, job: IngestJob): Promise<JobAccepted> {
  const queue = await deps.jobs();
  const [id] = await queue.enqueue([{ payload: job }]);
  return { job_id: id!, state: 'queued', status_url: `/api/jobs/${encodeURIComponent(id!)}` };
}

interface UrlUpload {
  readonly url: string;
  readonly published?: string;
  readonly source?: string;
  readonly title?: string;
}

/** Fetches and stores one page now. A feed (many documents) goes through the queue instead. */
export async function ingestUrlNow(deps: ApiDeps, upload: UrlUpload): Promise<IngestResult> {
  const read = await readUrl(upload.url, { published: upload.published, source: upload.source, title: upload.title });
  if (!read.ok) {
    if (read.transient) throw new ApiError(502, { error: 'bad_gateway', field: 'url', message: `${upload.url}: ${read.message}` });
    throw badRequest('url', `${upload.url}: ${read.message}`);
  }
  if (read.results.length !== 1) throw badRequest('url', `${read.finalUrl} is a feed of ${read.results.length} items; send it with ?async=1 to store each`);
  const result = read.results[0]!;
  if (!result.ok) throw badRequest('url', `${read.finalUrl}${result.line ? `:${result.line}` : ''}: ${result.message}`);
  const stored = await storeUpload(deps, { doc: result.doc, diagnostics: result.diagnostics });
  return { ...stored, url: read.url, final_url: read.finalUrl };
}
