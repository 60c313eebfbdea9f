import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { storedBoundaries } from '../src/geo/boundary-lines.ts';
import { createApp } from '../src/api/create-app.ts';
import { startServer } from '../src/api/start-server.ts';
import { warmUp } from '../src/api/warm-up.ts';
import { openReader } from '../src/cli/open-reader.ts';
import { ensureWebBuilt, ROOT, WEB_DIST } from '../scripts/web-build.ts';
import { issueToken } from '../src/store/access/access-token.ts';
import { openStores, type Stores } from '../src/store/open-store.ts';

/**
 * The dashboard as a user gets it, for browser tests and the dashboard benchmark: the built web app
 * served by the real API app over a real SQLite store in a temp data directory, with an analyst token.
 */

const run = promisify(execFile);
export { ensureWebBuilt };

export interface DashboardServer extends Stores {
  readonly url: string;
  readonly dataDir: string;
  readonly analystToken: string;
  close(): Promise<void>;
}

/** A data directory whose gazetteer cache is shared between runs (the cache checks its own freshness). */
export function tempDataDir(prefix: string): string {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  const shared = join(tmpdir(), 'sitrep-test-gazetteer-cache');
  mkdirSync(shared, { recursive: true });
  symlinkSync(shared, join(dataDir, 'cache'));
  return dataDir;
}

/** `sitrep gazetteer import` itself: boundaries or places into the data directory. */
export async function importWithCli(dataDir: string, file: string): Promise<string> {
  const { stderr } = await run(process.execPath, [join(ROOT, 'bin', 'sitrep.js'), '--data-dir', dataDir, 'gazetteer', 'import', file], { cwd: ROOT });
  return stderr;
}

/** `sitrep ingest` itself, as the README runs it. */
export async function ingestWithCli(dataDir: string, ...paths: string[]): Promise<string> {
  const { stderr } = await run(process.execPath, [join(ROOT, 'bin', 'sitrep.js'), '--data-dir', dataDir, 'ingest', ...paths], { cwd: ROOT });
  return stderr;
}

export async function startDashboard(dataDir: string): Promise<DashboardServer> {
  const stores = await openStores({ dataDir });
  const existing = (await stores.access.listUsers()).some((u) => u.name === 'analyst-test');
  if (!existing) await stores.access.addUser('analyst-test', 'analyst');
  const analystToken = (await issueToken(stores.access, 'analyst-test')).secret;
  const app = createApp({ ...stores, reader: () => openReader({ dataDir }), boundaries: () => storedBoundaries(dataDir), webDir: WEB_DIST, logError: () => undefined });
  const server = await startServer(app, { port: 0, host: '127.0.0.1' });
  // As `sitrep serve` does.
  await warmUp(app, stores.store);
  return {
    ...stores,
    url: server.url,
    dataDir,
    analystToken,
    async close() {
      await server.close();
      await stores.store.close();
    },
  };
}

export function removeDataDir(dataDir: string): void {
  rmSync(dataDir, { recursive: true, force: true });
}
