import type { EventStore } from '../store/store.ts';

/** What a server can answer for: a request in, a response out (the API app). */
interface Requestable {
  request(path: string): Response | Promise<Response>;
}

/**
 * What the dashboard asks for when it opens with no filters (web/src/main.ts): the whole world's incident
 * marks at its opening zoom, the timeline by month, the counts and the list's first page. Answered once at
 * start, they wait in the response cache for the first visitor (a browser test checks the page asks
 * exactly these).
 */
export const FIRST_VIEW_PATHS = [
  '/api/map/clusters?kind=incident&zoom=1&view=-180%2C-90%2C180%2C90&unit=event',
  '/api/stats/timeline?kind=incident&interval=month&by=event_type',
  '/api/stats/counts?',
  '/api/events?limit=100',
] as const;

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
