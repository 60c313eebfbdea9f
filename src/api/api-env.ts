import type { JobQueue } from '../queue/job-queue.ts';
import type { BoundaryShapes } from '../geo/boundary-index.ts';
import type { Reader } from '../read-document.ts';
import type { AccessStore, TokenHolder } from '../store/access/access.ts';
import type { ReviewStore } from '../store/review/review.ts';
import type { IncidentStore } from '../store/incidents.ts';
import type { EventStore } from '../store/store.ts';

/** What the routes share: the stores, how to read documents, and the deployment's rules. */
export interface ApiDeps {
  readonly store: EventStore;
  /** Reconciled incidents; without them the incident routes answer 404. */
  readonly incidents: IncidentStore | null;
  /** Without it no token is valid: reading works (when public), writing is refused. */
  readonly access: AccessStore | null;
  /** Analysts' corrections and the audit trail; without it the review routes answer 500. */
  readonly reviews: ReviewStore | null;
  /** The reader for POST /api/documents, loaded on first use (the gazetteer takes a while). */
  readonly reader: () => Promise<Reader>;
  /** The ingest job queue, opened on first use (POST /api/documents?async=1, GET /api/jobs/{id}). */
  readonly jobs: () => Promise<JobQueue>;
  /** Admin boundaries imported into the data directory, for the map; read once, on first use. */
  readonly boundaries: () => readonly BoundaryShapes[];
  readonly publicRead: boolean;
  readonly maxBodyBytes: number;
}

/** Hono's per-request variables: who is calling, when a valid bearer token came with the request. */
export interface ApiEnv {
  Variables: { holder: TokenHolder | null };
}
