import type { MiddlewareHandler } from 'hono';
import type { EventStore } from '../store/store.ts';
import type { ApiEnv } from './api-env.ts';

/**
 * Answers of the read routes the dashboard calls on every filter change (map clusters, timeline, event
 * and incident lists), kept in memory per URL and per data version of the store. The version moves with
 * every write from any process (`EventStore.dataVersion`), so an answer is never stale: a write makes every
 * kept answer unreachable, and the least recently used ones fall out. The version is also the ETag, so a
 * browser that already has the answer gets 304 with no body.
 */

export interface ResponseCacheOptions {
  /** Answers kept; default 256. */
  readonly entries?: number;
}

interface Kept {
  readonly body: string;
  readonly type: string;
}

export function responseCache(store: EventStore, options: ResponseCacheOptions = {}): MiddlewareHandler<ApiEnv> {
  const limit = options.entries ?? 256;
  const kept = new Map<string, Kept>();
  let keptVersion = '';
  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const version = await store.dataVersion();
    if (version !== keptVersion) {
      kept.clear();
      keptVersion = version;
    }
    const url = new URL(c.req.url);
    const key = `${url.pathname}?${url.searchParams}`;
    const etag = `W/"${version}-${hashOf(key)}"`;
    if (c.req.header('if-none-match') === etag) return c.body(null, 304, { etag, 'cache-control': 'no-cache' });
    const hit = kept.get(key);
    if (hit) {
      // Touched: moved to the end, the most recently used.
      kept.delete(key);
      kept.set(key, hit);
      return c.body(hit.body, 200, { 'content-type': hit.type, etag, 'cache-control': 'no-cache', 'x-sitrep-cache': 'hit' });
    }
    await next();
    if (c.res.status !== 200) return;
    const body = await c.res.clone().text();
    // Kept only if nothing was written meanwhile: the answer may have read either side of the write.
    if ((await store.dataVersion()) === version) {
      kept.set(key, { body, type: c.res.headers.get('content-type') ?? 'application/json' });
      if (kept.size > limit) kept.delete(kept.keys().next().value!);
      c.res.headers.set('etag', etag);
    }
    c.res.headers.set('cache-control', 'no-cache');
    c.res.headers.set('x-sitrep-cache', 'miss');
  };
}

/** FNV-1a, enough to tell URLs apart inside one ETag. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}
