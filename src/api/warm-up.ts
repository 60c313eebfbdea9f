import type { EventStore } from '../store/store.ts';

/** What a server can answer for: a request in, a response out (the API app). */
interface Requestable {
  request(path: string): Response | Promise<Response>;
}

/**
 * Prepares, right after a server starts, what its first dashboard would otherwise wait for: the store's
 * in-memory snapshot and the admin boundary lines. Resolves with the milliseconds it took.
 */
export async function warmUp(app: Requestable, store: EventStore): Promise<number> {
  const started = performance.now();
  const boundaries = ['/api/map/boundaries?level=1', '/api/map/boundaries?level=2'].map(async (path) => (await app.request(path)).arrayBuffer());
  await Promise.all([store.warm(), ...boundaries]);
  return performance.now() - started;
}
