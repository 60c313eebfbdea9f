import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { App } from './create-app.ts';

export interface RunningServer {
  /** http://host:port, with the port the system chose when asked for 0. */
  readonly url: string;
  close(): Promise<void>;
}

/** Listens on host:port (port 0: any free port) and resolves once the socket is open. */
export function startServer(app: App, options: { port: number; host: string }): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            // Idle keep-alive sockets would hold close() open; requests still running get a moment to finish.
            if ('closeIdleConnections' in server) {
              server.closeIdleConnections();
              setTimeout(() => server.closeAllConnections(), 5000).unref();
            }
          }),
      });
    });
    server.once('error', reject);
  });
}
