import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

/**
 * Builds the dashboard (web/dist) when it is missing or older than its sources, so that `npm start` ends
 * with a dashboard and a second start costs nothing. `node --import tsx scripts/web-build.ts` runs it.
 */

export const ROOT = resolve(import.meta.dirname, '..');
export const WEB_DIST = join(ROOT, 'web', 'dist');
const SOURCES = ['web/src', 'web/index.html', 'web/vite.config.ts'].map((p) => join(ROOT, p));

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export function webBuildIsStale(): boolean {
  return !existsSync(join(WEB_DIST, 'index.html')) || newest(WEB_DIST) < Math.max(...SOURCES.map(newest));
}

export async function ensureWebBuilt(log: (line: string) => void = () => undefined): Promise<void> {
  if (!webBuildIsStale()) return;
  log('building the dashboard (web/dist)…');
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  await promisify(execFile)(process.execPath, [vite, 'build', '--config', join(ROOT, 'web', 'vite.config.ts'), '--logLevel', 'warn'], { cwd: ROOT });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await ensureWebBuilt((line) => process.stderr.write(`${line}\n`));
}
