import type { Reader } from '../read-document.ts';
import type { AccessStore, TokenHolder } from '../store/access/access.ts';
import type { EventStore } from '../store/store.ts';

/** What the routes share: the stores, how to read documents, and the deployment's rules. */
export interface ApiDeps {
  readonly store: EventStore;
  /** Without it no token is valid: reading works (when public), writing is refused. */
  readonly access: AccessStore | null;
  /** The reader for POST /api/documents, loaded on first use (the gazetteer takes a while). */
  readonly reader: () => Promise<Reader>;
  readonly publicRead: boolean;
  readonly maxBodyBytes: number;
}

/** Hono's per-request variables: who is calling, when a valid bearer token came with the request. */
export interface ApiEnv {
  Variables: { holder: TokenHolder | null };
}
