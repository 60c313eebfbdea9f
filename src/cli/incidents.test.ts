import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

/** `sitrep ingest` then `sitrep incidents`, as child processes on a data directory of their own. */

const BIN = resolve(import.meta.dirname, '../../bin/sitrep.js');
const dir = mkdtempSync(join(tmpdir(), 'sitrep-incidents-'));
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
const row = (id: string, type: string, sub: string, source: string, fatalities: number, notes: string) =>
  `${id},2022-03-01,2022,1,,${type},${sub},Military Forces of Ruritania,,1,,,0,10,,642,,Ruritania,Northern,,,Velka,45.1,20.2,1,${source},National,"${notes}",${fatalities},,1`;

describe('sitrep incidents', () => {
  it('prints reconciled incidents with their events and documents, and takes a person\'s merge, split and detach', async () => {
    const csv = join(dir, 'rows.csv');
    writeFileSync(
      csv,
      [
        HEADER,
        row('RUR1', 'Explosions/Remote violence', 'Air/drone strike', 'Velka Courier', 7, 'A drone hit the grain market in Velka; 7 killed.'),
        row('RUR2', 'Explosions/Remote violence', 'Air/drone strike', 'Northern Post', 7, 'Seven traders died when the Velka grain market was struck.'),
        row('RUR3', 'Protests', 'Peaceful protest', 'Velka Courier', 0, 'Traders marched in Velka against the closure of the market.'),
      ].join('\n'),
    );
    const ingest = await sitrep('ingest', csv);
    expect(ingest.stdout).toContain('incidents: 3 events placed, 0 taken out; 2 new');
    const listed = (await sitrep('incidents', '--format', 'jsonl')).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(listed.map((i) => i.event_ids.length).sort()).toEqual([1, 2]);
    const strike = listed.find((i) => i.event_ids.length === 2);
    expect(strike.doc_ids).toHaveLength(2);
    expect(strike.grade).toBe('fair');
    const protest = listed.find((i) => i.event_ids.length === 1);

    const explained = await sitrep('incidents', '--explain', '--event-type', 'Protests');
    expect(explained.stdout).toContain(protest.id);
    expect(explained.stderr).toContain('a single report');

    const merged = await sitrep('incidents', 'merge', strike.id, protest.id, '--actor', 'tester');
    expect(merged.stdout).toContain('[fixed by hand]');
    const [first, second] = strike.event_ids;
    const split = await sitrep('incidents', 'split', strike.id, '--events', protest.event_ids[0]);
    expect(split.code).toBe(0);
    const detached = await sitrep('incidents', 'detach', second);
    expect(detached.stdout).toContain(second);
    const after = (await sitrep('incidents', '--format', 'jsonl')).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(after.map((i) => i.event_ids).sort()).toEqual([[first], [protest.event_ids[0]], [second]].sort());

    const bad = await sitrep('incidents', 'split', strike.id, '--events', 'nope');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`nope not in incident ${strike.id}`);
    const again = await sitrep('ingest', csv);
    expect(again.stdout).toContain('incidents: 0 events placed');
  });
});
