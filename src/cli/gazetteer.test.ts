import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { crc32, deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GEONAMES_DUMP, OCHA_TABLE } from '../geo/import-fixtures.ts';
import { loadImportedGazetteer } from '../geo/imported-gazetteer.ts';
import { geonamesUrl } from './gazetteer.ts';

/** `sitrep gazetteer import` and `fetch` as child processes; fetch downloads from a local HTTP server. */

const BIN = resolve(import.meta.dirname, '../../bin/sitrep.js');
const dir = mkdtempSync(join(tmpdir(), 'sitrep-gazetteer-cli-'));

/** A one-file zip archive as GeoNames serves them (deflated, with a readme beside the dump). */
function zipOf(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const content = Buffer.from(text);
    const data = deflateRawSync(content);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(content), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(content), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const served: string[] = [];
let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((request, response) => {
    served.push(request.url ?? '');
    if (request.url === '/dump/SY.zip') response.end(zipOf({ 'readme.txt': 'about the dump\n', 'SY.txt': GEONAMES_DUMP }));
    else if (request.url === '/plain/SY.txt') response.end(GEONAMES_DUMP);
    else if (request.url === '/dump/LB.zip') response.end(zipOf({ 'LB.txt': GEONAMES_DUMP }).subarray(0, 60));
    else response.writeHead(404).end('not here');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(dir, { recursive: true, force: true });
});

async function sitrep(dataDir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, '--data-dir', dataDir, ...args], { env: { ...process.env, SITREP_GEONAMES_URL: '' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('sitrep gazetteer', () => {
  it('imports an OCHA table: good rows stored, bad rows named by file and line, exit code 2', async () => {
    const file = join(dir, 'communities.tsv');
    writeFileSync(file, OCHA_TABLE);
    const result = await sitrep(join(dir, 'ocha'), 'gazetteer', 'import', file);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(`${file}: imported 6 place(s)`);
    expect(result.stderr).toContain(`${file}:8: 3 columns, the header has 13`);
    expect(result.stderr).toContain(`${file}:9: bad coordinates`);
    expect(loadImportedGazetteer(join(dir, 'ocha'))?.gazetteer?.lookup('كفر نبل')[0]?.name).toBe('Kafr Nobol');
  });

  it('fetches a zipped GeoNames dump from the address given and imports it', async () => {
    const dataDir = join(dir, 'fetched');
    const result = await sitrep(dataDir, 'gazetteer', 'fetch', 'sy', '--url', `${base}/dump/{CC}.zip`);
    expect(served).toContain('/dump/SY.zip');
    expect(result.stdout).toContain('imported 1 place(s), 1 admin unit(s) (geonames)');
    const place = loadImportedGazetteer(dataDir)?.gazetteer?.lookup('Kafr Nabl')[0];
    expect([place?.name, place?.source]).toEqual(['Kafr Nubl', 'geonames-dump']);
  });

  it('takes the address from SITREP_GEONAMES_URL too, and plain text as well as zip', async () => {
    const dataDir = join(dir, 'plain');
    const { stdout } = await promisify(execFile)(process.execPath, [BIN, '--data-dir', dataDir, 'gazetteer', 'fetch', 'SY'], {
      env: { ...process.env, SITREP_GEONAMES_URL: `${base}/plain/{CC}.txt` },
    }).catch((error: { stdout: string }) => error);
    expect(stdout).toContain('imported 1 place(s)');
    expect(loadImportedGazetteer(dataDir)?.gazetteer?.lookup('Kafr Nubl')).toHaveLength(1);
  });

  it('reports a missing dump or a truncated archive and stores nothing', async () => {
    const dataDir = join(dir, 'failed');
    const missing = await sitrep(dataDir, 'gazetteer', 'fetch', 'XK', '--url', `${base}/dump/{CC}.zip`);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`${base}/dump/XK.zip: HTTP 404`);
    const truncated = await sitrep(dataDir, 'gazetteer', 'fetch', 'LB', '--url', `${base}/dump/{CC}.zip`);
    expect(truncated.code).toBe(1);
    expect(truncated.stderr).toContain('not a zip archive');
    expect(loadImportedGazetteer(dataDir)).toBeNull();
  });

  it.each([
    ['https://example.org/dump/{CC}.zip', 'https://example.org/dump/SY.zip'],
    ['https://example.org/dump/', 'https://example.org/dump/SY.zip'],
    ['https://example.org/mirror/syria.zip', 'https://example.org/mirror/syria.zip'],
  ])('geonamesUrl(%j)', (template, url) => {
    expect(geonamesUrl(template, 'SY')).toBe(url);
  });
});
