import type { EventStore } from '../store/store.ts';
import { FIRST_VIEW_PATHS } from './first-view.ts';

export { FIRST_VIEW_PATHS };

/** What a server can answer for: a request in, a response out (the API app). */
interface Requestable {
  request(path: string): Response | Promise<Response>;
}

/**
 * Prepares, right after a server starts, what its first dashboard would otherwise wait for: the store's
 * in-memory snapshot, the admin boundary lines and the answers of the first view. Resolves with the
 * milliseconds it took.
 */
export async function warmUp(app: Requestable, store: EventStore): Promise<number> {
  const started = performance.now();
  const read = async (path: string) => (await app.request(path)).arrayBuffer();
  await Promise.all([store.warm(), ...['/api/map/boundaries?level=1', '/api/map/boundaries?level=2'].map(read)]);
  // After the snapshot: answered from it, as every later request is.
  await Promise.all(FIRST_VIEW_PATHS.map(read));
  return performance.now() - started;
}
