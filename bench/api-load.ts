import { spawn } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Load-generation helpers for the API benchmark: a `sitrep serve` child process and timed request loops. */

const BIN = resolve(import.meta.dirname, '../bin/sitrep.js');

export interface Served {
  readonly url: string;
  stop(): Promise<void>;
}

/** `sitrep serve` on a free loopback port over a data directory, as a separate process (as deployed). */
export function serveDataDir(dataDir: string, logFile: string): Promise<Served> {
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, [BIN, '--data-dir', dataDir, 'serve', '--port', '0', '--host', '127.0.0.1'], {
    env: { ...process.env, SITREP_DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', log],
  });
  child.once('exit', (code, signal) => {
    if (code !== 0 && signal !== 'SIGTERM') console.error(`sitrep serve exited (${code ?? signal}); see ${logFile}`);
  });
  return new Promise((done, fail) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /serving (http:\/\/\S+)/.exec(out);
      if (match)
        done({
          url: match[1]!,
          stop: () =>
            new Promise((stopped) => {
              child.once('exit', () => stopped());
              child.kill('SIGTERM');
            }),
        });
    });
    child.once('exit', (code) => fail(new Error(`sitrep serve exited with ${code}`)));
  });
}

export interface LoadResult {
  readonly requests: number;
  readonly seconds: number;
  readonly p50: number;
  readonly p95: number;
  readonly failures: number;
}

/**
 * Sends `total` requests from `concurrency` loops; `request(i)` makes the i-th. Bounded in count, so it
 * stops by itself. Latencies in milliseconds.
 */
export async function runLoad(total: number, concurrency: number, request: (i: number) => Promise<Response>): Promise<LoadResult> {
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  const loop = async () => {
    while (next < total) {
      const i = next++;
      const t = performance.now();
      try {
        const response = await request(i);
        await response.arrayBuffer();
        if (!response.ok) failures += 1;
      } catch {
        failures += 1;
      }
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!;
  return { requests: total, seconds, p50: at(0.5), p95: at(0.95), failures };
}

export function formatLoad(name: string, r: LoadResult): string {
  return `${name.padEnd(34)} ${(r.requests / r.seconds).toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1).padStart(6)} ms  p95 ${r.p95.toFixed(1).padStart(6)} ms${r.failures ? `  ${r.failures} FAILED` : ''}`;
}

/** Server-side handling times (from `sitrep serve`'s request log) of the requests matching `line`. */
export function serverTimes(logFile: string, line: RegExp): string {
  const ms = readFileSync(logFile, 'utf8')
    .split('\n')
    .filter((l) => line.test(l))
    .map((l) => Number(/ ([\d.]+) ms$/.exec(l)?.[1]))
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  if (ms.length === 0) return 'no requests logged';
  const at = (p: number) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))]!.toFixed(1);
  return `server-side: ${ms.length} requests, p50 ${at(0.5)} ms, p95 ${at(0.95)} ms`;
}
