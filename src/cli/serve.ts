import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { storedBoundaries } from '../geo/boundary-lines.ts';
import { createApp, DEFAULT_MAX_BODY_BYTES } from '../api/create-app.ts';
import { startServer } from '../api/start-server.ts';
import { warmUp } from '../api/warm-up.ts';
import type { JobQueue } from '../queue/job-queue.ts';
import { openJobQueue } from '../queue/open-job-queue.ts';
import { openStores } from '../store/open-store.ts';
import { dataDirOf, openReader } from './open-reader.ts';

interface ServeOptions {
  readonly port: string;
  readonly host: string;
  readonly private?: boolean;
  readonly maxBody: string;
  readonly webDir?: string;
  readonly dashboard: boolean;
}

// The dashboard's build output, beside the sources: found wherever the command is run from.
const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Public reading unless --private or SITREP_PUBLIC_READ=0|false|no (read when the command runs). */
export function publicReadOf(flag: boolean | undefined, env: string | undefined): boolean {
  if (flag) return false;
  return !/^(0|false|no|off)$/i.test(env?.trim() ?? '');
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (and the dashboard, when web/dist is built) over the data directory’s database')
    .option('--port <port>', 'port to listen on (0: any free port)', '8080')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--private', 'every request needs a bearer token (also: SITREP_PUBLIC_READ=0)')
    .option('--max-body <bytes>', 'largest request body accepted', String(DEFAULT_MAX_BODY_BYTES))
    .option('--web-dir <dir>', 'the dashboard’s built files (default: web/dist when it exists)')
    .option('--no-dashboard', 'serve the API alone, even when web/dist exists')
    .action(async (opts: ServeOptions, command: Command) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: expected 0-65535, got ${opts.port}`);
      const maxBodyBytes = Number(opts.maxBody);
      if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 1) throw new Error(`--max-body: expected a positive number of bytes, got ${opts.maxBody}`);
      const webDir = !opts.dashboard ? null : (opts.webDir ?? (existsSync(WEB_DIST) ? WEB_DIST : null));
      if (webDir !== null && !existsSync(webDir)) throw new Error(`--web-dir: ${webDir} does not exist`);
      const global = command.optsWithGlobals<{ dataDir?: string }>();
      const publicRead = publicReadOf(opts.private, process.env.SITREP_PUBLIC_READ);
      const stores = await openStores({ dataDir: dataDirOf(global), databaseUrl: process.env.SITREP_DATABASE_URL });
      // Opened on the first asynchronous upload or job look-up: a server that never queues makes no queue.
      let jobs: Promise<JobQueue> | null = null;
      const app = createApp({
        ...stores,
        reader: () => openReader(global),
        jobs: () => (jobs ??= openJobQueue({ dataDir: dataDirOf(global), databaseUrl: process.env.SITREP_DATABASE_URL })),
        boundaries: () => storedBoundaries(dataDirOf(global)),
        publicRead,
        maxBodyBytes,
        webDir,
        logRequest: (line) => process.stderr.write(`${new Date().toISOString()} ${line}\n`),
      });
      let server;
      try {
        server = await startServer(app, { port, host: opts.host });
      } catch (error) {
        await stores.store.close();
        if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new Error(`${opts.host}:${port} is already in use; choose another port with --port`);
        throw error;
      }
      // Warmed while the banner prints: the first dashboard then finds the snapshot and the boundaries ready.
      void warmUp(app, stores.store).then(
        (ms) => process.stderr.write(`sitrep: ready for the dashboard (warmed in ${Math.round(ms)} ms)\n`),
        (error: unknown) => process.stderr.write(`sitrep: warming up failed (the first requests will do it): ${String(error)}\n`),
      );
      const summary = await stores.store.summarise();
      process.stdout.write(
        [
          `sitrep: serving ${server.url} — ${summary.documents} documents, ${summary.events} events in ${stores.store.location}`,
          `  API ${server.url}/api/events · OpenAPI ${server.url}/api/openapi.json · reading ${publicRead ? 'public' : 'needs a token'}`,
          webDir ? `  dashboard ${server.url}/ (from ${webDir})` : '  no dashboard build (web/dist); the API alone is served',
          '',
        ].join('\n'),
      );
      let stopping = false;
      const stop = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        process.stderr.write(`sitrep: ${signal}: closing\n`);
        await server.close();
        if (jobs) await (await jobs.catch(() => null))?.close();
        await stores.store.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop('SIGINT'));
      process.once('SIGTERM', () => void stop('SIGTERM'));
    });
}
