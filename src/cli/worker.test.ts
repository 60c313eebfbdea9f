import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteJobQueue } from '../queue/sqlite-job-queue.ts';

/** `sitrep ingest --queue`, `sitrep worker` and `sitrep ingest URL` as child processes on a data directory of their own. */
const BIN = resolve(import.meta.dirname, '../../bin/sitrep.js');
const dir = mkdtempSync(join(tmpdir(), 'sitrep-worker-'));
const data = join(dir, 'data');
const env = { ...process.env, SITREP_DATABASE_URL: '' };

let site: Server;
let siteUrl = '';
let requests = 0;
let release: () => void = () => undefined;
beforeAll(async () => {
  site = createServer((req, res) => {
    requests += 1;
    const body = `<html><body><article><p>Artillery fire on Kafr Ruma killed two civilians on ${req.url === '/slow' ? 'Sunday' : 'Monday'}, local sources said.</p></article></body></html>`;
    const answer = () => res.writeHead(200, { 'content-type': 'text/html' }).end(body);
    // The slow page answers only when the test says so: the worker then has a job in hand.
    if (req.url === '/slow') release = answer;
    else answer();
  });
  await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});
afterAll(async () => {
  site.closeAllConnections();
  await new Promise((r) => site.close(r));
  rmSync(dir, { recursive: true, force: true });
});

async function sitrep(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, '--data-dir', data, ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('sitrep ingest --queue and sitrep worker', () => {
  it('queues each document with its id at once, names bad lines, and the worker stores them; the second time they are unchanged', async () => {
    const reports = join(dir, 'reports');
    mkdirSync(reports);
    writeFileSync(join(reports, 'a.txt'), 'published: 2024-03-04\n---\nShelling on Atarib killed four civilians on Sunday, the civil defence said.\n');
    writeFileSync(
      join(reports, 'batch.jsonl'),
      '{"id":"b1","text":"Clashes near Beni killed seven fighters on Friday.","published":"2024-02-10"}\n{"id":"b2","text":\n',
    );
    const queued = await sitrep('ingest', '--queue', reports);
    expect(queued.code).toBe(2);
    expect(queued.stderr).toContain(`${join(reports, 'batch.jsonl')}:2:`);
    expect(queued.stderr).toMatch(/queued 2 jobs in .*queue\.db; 1 not queued/);
    const lines = queued.stdout.trim().split('\n');
    expect(lines).toEqual([`1\t${join(reports, 'a.txt')}`, `2\t${join(reports, 'batch.jsonl')}:1`]);

    const worked = await sitrep('worker', '--until-empty');
    expect(worked.code).toBe(0);
    expect(worked.stderr).toMatch(/job 1 done: a-[0-9a-f]+ \(inserted, \d+ events\)/);
    expect(worked.stderr).toContain('job 2 done: b1 (inserted');
    expect(worked.stderr).toContain('stopped — 2 done, 0 failed');

    await sitrep('ingest', '--queue', join(reports, 'a.txt'));
    const again = await sitrep('worker', '--until-empty');
    expect(again.stderr).toMatch(/job 3 done: a-[0-9a-f]+ \(unchanged/);
  });

  it('ingests a url inline, as a file', async () => {
    const inline = await sitrep('ingest', `${siteUrl}/page`, '--published', '2024-03-05');
    expect(inline.code).toBe(0);
    expect(inline.stdout).toContain('ingested 1 documents: 1 new');
  });

  it('finishes the job in hand on SIGTERM before it stops', async () => {
    const queued = await sitrep('ingest', '--queue', `${siteUrl}/slow`, '--published', '2024-03-05');
    const id = queued.stdout.split('\t')[0]!;
    const before = requests;
    const worker = spawn(process.execPath, [BIN, '--data-dir', data, 'worker'], { env });
    let stderr = '';
    worker.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((r) => worker.on('exit', r));
    while (requests === before) await new Promise((r) => setTimeout(r, 50));
    worker.kill('SIGTERM');
    // Answered only after the signal: the worker must still be there to take it.
    await new Promise((r) => setTimeout(r, 300));
    release();
    expect(await exited).toBe(0);
    expect(stderr).toContain('SIGTERM: finishing the jobs in hand');
    expect(stderr).toContain(`job ${id} done:`);
    const queue = openSqliteJobQueue({ file: join(data, 'queue.db') });
    expect(await queue.get(id)).toMatchObject({ state: 'done', attempts: 1 });
    await queue.close();
  });
});
