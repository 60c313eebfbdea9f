import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { publicReadOf } from './serve.ts';

/** `sitrep users`, `sitrep tokens` and `sitrep serve` as a person runs them: child processes, a real port. */

const BIN = resolve(import.meta.dirname, '../../bin/sitrep.js');
const dir = mkdtempSync(join(tmpdir(), 'sitrep-serve-'));
const data = join(dir, 'data');
const env = { ...process.env, SITREP_DATABASE_URL: '', SITREP_PUBLIC_READ: '' };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sitrep = async (...args: string[]) => (await promisify(execFile)(process.execPath, [BIN, '--data-dir', data, ...args], { env })).stdout;

/** Starts `sitrep serve` on a free port and resolves with its url once it prints it. */
async function serve(args: string[], extraEnv: Record<string, string> = {}) {
  const child = spawn(process.execPath, [BIN, '--data-dir', data, 'serve', '--port', '0', ...args], { env: { ...env, ...extraEnv } });
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const url = await new Promise<string>((done, fail) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /serving (http:\/\/\S+)/.exec(out);
      if (match) done(match[1]!);
    });
    child.once('exit', (code) => fail(new Error(`serve exited ${code}: ${err}`)));
  });
  return {
    url,
    log: () => err,
    async stop(signal: NodeJS.Signals) {
      const exited = once(child, 'exit');
      child.kill(signal);
      const [code] = (await exited) as [number | null];
      return code;
    },
  };
}

describe('sitrep users, tokens and serve', () => {
  it('adds a user, makes a token that writes through the served API, and revokes it', async () => {
    await sitrep('users', 'add', 'maya', '--role', 'analyst');
    expect(await sitrep('users', 'list')).toMatch(/^maya\tanalyst\t/m);
    const token = (await sitrep('tokens', 'create', 'maya')).trim();
    expect(token).toMatch(/^sitrep_/);
    expect(await sitrep('tokens', 'list')).not.toContain(token);

    const server = await serve([]);
    const post = () =>
      fetch(`${server.url}/api/documents`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain' },
        body: 'Two soldiers were killed when their patrol hit a roadside bomb near Gao on Tuesday, the army said.',
      });
    expect((await post()).status).toBe(201);
    expect((await fetch(`${server.url}/api/events`)).status).toBe(200);
    const [id] = (await sitrep('tokens', 'list')).split('\t');
    await sitrep('tokens', 'revoke', id!);
    expect((await post()).status).toBe(401);
    expect(server.log()).toMatch(/POST \/api\/documents 201/);
    expect(await server.stop('SIGTERM')).toBe(0);
  });

  it('serves the dashboard files with index.html for client routes, but never for /api', async () => {
    const web = join(dir, 'web');
    mkdirSync(join(web, 'assets'), { recursive: true });
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>sitrep dashboard</title>');
    writeFileSync(join(web, 'assets', 'app.js'), 'console.log("dashboard");');
    const server = await serve(['--web-dir', web]);
    expect(await (await fetch(`${server.url}/`)).text()).toContain('sitrep dashboard');
    expect(await (await fetch(`${server.url}/events/abc`)).text()).toContain('sitrep dashboard');
    expect(await (await fetch(`${server.url}/assets/app.js`)).text()).toContain('"dashboard"');
    const api = await fetch(`${server.url}/api/nothing`);
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: 'not_found' });
    expect(await server.stop('SIGINT')).toBe(0);
  });

  it('keeps reading private when the deployment says so', async () => {
    const server = await serve(['--no-dashboard'], { SITREP_PUBLIC_READ: '0' });
    expect((await fetch(`${server.url}/api/events`)).status).toBe(401);
    // No dashboard: the root says where the API is.
    expect(await (await fetch(`${server.url}/`)).json()).toMatchObject({ openapi: '/api/openapi.json' });
    expect(await server.stop('SIGTERM')).toBe(0);
  });
});

describe('publicReadOf', () => {
  it.each<[boolean | undefined, string | undefined, boolean]>([
    [undefined, undefined, true],
    [undefined, '', true],
    [undefined, '1', true],
    [undefined, '0', false],
    [undefined, 'false', false],
    [undefined, ' No ', false],
    [true, '1', false],
  ])('--private %s, SITREP_PUBLIC_READ=%s: public %s', (flag, value, expected) => {
    expect(publicReadOf(flag, value)).toBe(expected);
  });
});
