import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../ingest/csv.ts';

/** `sitrep ingest` and `sitrep export` end to end, as child processes on a data directory of their own. */

const BIN = resolve(import.meta.dirname, '../../bin/sitrep.js');
const dir = mkdtempSync(join(tmpdir(), 'sitrep-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function sitrep(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, '--data-dir', join(dir, 'data'), ...args], {
      env: { ...process.env, SITREP_DATABASE_URL: '' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const HEADER =
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp';
const row = (id: string, date: string, type: string, sub: string, country: string, iso: number, fatalities: string, notes: string) =>
  `${id},${date},2022,1,,${type},${sub},Actor (${country}),,1,,,0,10,,${iso},,${country},Province,,,Town,10.5,20.25,1,Wire,National,"${notes.replace(/"/g, `""`)}",${fatalities},,1`;

describe('sitrep ingest and export', () => {
  it('imports ACLED rows, names the bad line, stores the good ones, and changes nothing the second time', async () => {
    const csv = join(dir, 'acled.csv');
    writeFileSync(
      csv,
      [
        HEADER,
        row('SYR1', '2022-03-01', 'Battles', 'Armed clash', 'Syria', 760, '3', 'Clashes, "heavy", near Town.'),
        row('SYR2', '2022-03-02', 'Battles', 'Armed clash', 'Syria', 760, 'three', 'Bad figure.'),
        row('IRQ1', '2022-03-03', 'Protests', 'Peaceful protest', 'Iraq', 368, '0', 'A protest\nover two lines.'),
      ].join('\n'),
    );
    const first = await sitrep('ingest', csv);
    expect(first.code).toBe(2);
    expect(first.stderr).toContain(`${csv}:3: fatalities (SYR2)`);
    expect(first.stdout).toContain('ingested 2 documents: 2 new, 0 replaced, 0 unchanged; 2 events stored');
    expect(first.stdout).toMatch(/store: .*sitrep\.db/);
    const again = await sitrep('ingest', csv);
    expect(again.stdout).toContain('2 unchanged; 0 events stored');

    const acled = await sitrep('export', '--format', 'acled', '--country', 'SYR');
    expect(acled.code).toBe(0);
    const records = parseCsvRecords(acled.stdout);
    expect(records.map((r) => [r.event_id_cnty, r.fatalities, r.iso, r.notes])).toEqual([['SYR1', '3', '760', 'Clashes, "heavy", near Town.']]);

    const geo = JSON.parse((await sitrep('export', '--format', 'geojson', '--q', 'protest')).stdout);
    expect(geo.features.map((f: { id: string }) => f.id)).toEqual(['IRQ1']);

    const feed = (await sitrep('export', '--changes-since', '2000-01-01')).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(feed.map((c: { op: string; event_id: string }) => [c.op, c.event_id])).toEqual([['upsert', 'SYR1'], ['upsert', 'IRQ1']]);
  });

  it.each([
    [['export', '--format', 'shapefile'], '--format must be one of'],
    [['export', '--bbox', '1,2'], '--bbox: expected minLon,minLat,maxLon,maxLat'],
    [['export', '--min-killed', 'lots'], '--min-killed:'],
    [['export', '--changes-since', 'yesterday'], '--changes-since: expected an ISO timestamp'],
    [['ingest', '--input', 'pdf', 'x'], '--input must be one of'],
  ])('refuses %j', async (args, message) => {
    const run = await sitrep(...args);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(message);
  });

  it('names files it cannot read and exits non-zero', async () => {
    const run = await sitrep('ingest', join(dir, 'missing.csv'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('missing.csv: no such file or directory');
  });
});
