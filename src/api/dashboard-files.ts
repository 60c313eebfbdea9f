import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

/**
 * The dashboard's built files (web/dist), with index.html for any other GET outside /api so that the
 * client's own routes (/events/123) survive a reload. Paths under /api never fall back to the page.
 */
export function dashboardFiles(webDir: string) {
  const files = serveStatic({ root: webDir });
  const index = serveStatic({ root: webDir, path: 'index.html' });
  return new Hono()
    .use('*', async (c, next) => (isApi(c.req.path) ? next() : files(c, next)))
    .get('*', async (c, next) => (isApi(c.req.path) ? next() : index(c, next)));
}

const isApi = (path: string): boolean => path === '/api' || path.startsWith('/api/');
