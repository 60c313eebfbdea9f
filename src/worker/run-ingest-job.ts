import type { InputResult } from '../ingest/input-result.ts';
import { readUrl } from '../ingest/url-input.ts';
import type { FetchOptions } from '../ingest/fetch-report.ts';
import type { JobHandler, Json } from '../queue/job-queue.ts';
import { readDocument, type Reader } from '../read-document.ts';
import type { IncidentStore } from '../store/incidents.ts';
import type { EventStore } from '../store/store.ts';
import { IngestJobSchema, type IngestJobResult } from './ingest-job.ts';

export interface IngestJobDeps {
  readonly store: EventStore;
  readonly incidents: IncidentStore | null;
  /** Loaded once, on the first job (the gazetteer takes a while). */
  readonly reader: () => Promise<Reader>;
  readonly fetch?: FetchOptions;
  /** Who the audit log names for the incidents this run changes. */
  readonly actor: string;
}

/**
 * One ingest job: the report (fetched first, for a url) is read, stored in one transaction per document and
 * its events placed in incidents, as `sitrep ingest` does inline. A report that cannot be read settles the
 * job as failed with the place and reason; a site or database that is down is thrown, so the queue retries
 * later. Storing is idempotent, so a retried job whose document was stored meanwhile finds it "unchanged".
 */
export function ingestJobHandler(deps: IngestJobDeps): JobHandler {
  return async (job) => {
    const parsed = IngestJobSchema.safeParse(job.payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return { ok: false, message: `job ${job.id}: not an ingest job (${issue.path.join('.') || 'payload'}: ${issue.message})` };
    }
    const payload = parsed.data;
    let results: readonly InputResult[];
    let url: string | null = null;
    let finalUrl: string | null = null;
    if (payload.kind === 'url') {
      const read = await readUrl(payload.url, { ...deps.fetch, published: payload.published, source: payload.source, title: payload.title });
      if (!read.ok) {
        if (read.transient) throw new Error(`${payload.url}: ${read.message}`);
        return { ok: false, message: `${payload.url}: ${read.message}` };
      }
      ({ results, url, finalUrl } = read);
    } else {
      results = [{ ok: true, file: payload.where, doc: payload.doc, diagnostics: [] }];
    }
    const reader = await deps.reader();
    const result: IngestJobResult = { url, final_url: finalUrl, documents: [], failures: [] };
    for (const input of results) {
      const where = payload.kind === 'document' ? payload.where : `${input.file}${input.line ? `:${input.line}` : ''}`;
      if (!input.ok) {
        result.failures.push({ where, message: input.message });
        continue;
      }
      let events;
      try {
        events = readDocument(reader, input.doc).events;
      } catch (error) {
        result.failures.push({ where, message: `internal error reading document ${input.doc.id}: ${error instanceof Error ? error.message : String(error)}` });
        continue;
      }
      // A failure here is the database's: thrown, so that the job is retried.
      const put = await deps.store.putDocument(input.doc, events);
      const stored = await deps.store.queryEvents({ doc_id: put.doc_id }, { limit: 1000 });
      result.documents.push({ where, ...put, event_ids: stored.events.map((e) => e.id) });
    }
    if (result.documents.length === 0) return { ok: false, message: result.failures.map((f) => `${f.where}: ${f.message}`).join('; ') };
    await deps.incidents?.reconcilePending(deps.actor);
    return { ok: true, result: result as unknown as Json };
  };
}
