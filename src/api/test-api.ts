import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openReader } from '../cli/open-reader.ts';
import { issueToken } from '../store/access/access-token.ts';
import type { Role } from '../store/access/access.ts';
import { openStores, type Stores } from '../store/open-store.ts';
import { filterFixture } from '../store/store-fixtures.ts';
import { createApp, type AppOptions } from './create-app.ts';
import { startServer } from './start-server.ts';

/**
 * For the API's tests: the real app on a real port over a real SQLite file, filled with the store
 * contract's fixture, and one user with a token per role. Nothing here is a stand-in.
 */
export interface TestApi extends Stores {
  readonly url: string;
  readonly dataDir: string;
  readonly tokens: Readonly<Record<Role, string>>;
  get(path: string, token?: string): Promise<Response>;
  close(): Promise<void>;
}

export interface TestApiOptions extends Omit<AppOptions, 'store' | 'access' | 'reader'> {
  /** Default true: the store contract's eight events. */
  readonly fill?: boolean;
  /** Default: the SQLite file of a temp data directory, as `sitrep serve` opens it. */
  readonly open?: (dataDir: string) => Promise<Stores>;
}

export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sitrep-api-'));
  const stores = await (options.open ?? ((dir: string) => openStores({ dataDir: dir })))(dataDir);
  if (options.fill !== false) for (const { doc, events } of filterFixture()) await stores.store.putDocument(doc, events);
  const tokens = {} as Record<Role, string>;
  for (const [name, role] of [['vera', 'viewer'], ['ana', 'analyst'], ['adam', 'admin']] as const) {
    await stores.access.addUser(name, role);
    tokens[role] = (await issueToken(stores.access, name)).secret;
  }
  const app = createApp({ publicRead: options.publicRead, maxBodyBytes: options.maxBodyBytes, jobs: options.jobs, boundaries: options.boundaries, ...stores, reader: () => openReader({ dataDir }), logError: () => undefined });
  const server = await startServer(app, { port: 0, host: '127.0.0.1' });
  return {
    ...stores,
    url: server.url,
    dataDir,
    tokens,
    get: (path, token) => fetch(server.url + path, token ? { headers: { authorization: `Bearer ${token}` } } : {}),
    async close() {
      await server.close();
      await stores.store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
