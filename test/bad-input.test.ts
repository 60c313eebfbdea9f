import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Bad input through the real CLI, as a user would meet it: one child process per run, files made here.
 * Messages are asserted to the letter (file, line, reason) because they are what a user acts on.
 */

const BIN = resolve(import.meta.dirname, '../bin/sitrep.js');
const MB = 1024 * 1024;
// The largest figure sitrep accepts (src/text/numbers.ts); anything above it is a data error.
const MAX_FIGURE = 50_000_000;

let dir: string;
let dataDir: string;
const file = (name: string): string => join(dir, name);

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
}

/** Runs the CLI without blocking the test worker, which must keep answering vitest while a run takes long. */
function sitrep(...args: string[]): Promise<Run> {
  const started = Date.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, SITREP_HOME: dataDir } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', fail);
    child.on('close', (code) =>
      done({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), seconds: (Date.now() - started) / 1000 }),
    );
  });
}

interface DocOut {
  readonly doc_id: string;
  readonly events: readonly Record<string, unknown>[];
}

function documents(run: Run): DocOut[] {
  return JSON.parse(run.stdout) as DocOut[];
}

const GOOD = 'Shelling killed 3 civilians in Idlib on 4 May 2022, the Syrian Observatory for Human Rights said.';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-bad-input-'));
  dataDir = mkdtempSync(join(tmpdir(), 'sitrep-bad-home-'));
  const files: Record<string, string | Uint8Array> = {
    'good.txt': GOOD,
    'empty.txt': '',
    'binary.txt': Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xff, 0x10, 0x00, 0x00]),
    'invalid-utf8.txt': Uint8Array.from([...new TextEncoder().encode(`${GOOD}\ncaf`), 0xe9, 0x20, 0xff, 0x0a]),
    'soup.html':
      '<html><head><title>Soup</title><body><nav>Home<div>Menu</nav><p>Shelling killed 3 civilians in Idlib on ' +
      '4 May 2022.<p>Three were wounded < 10 minutes later<div class="x" data-y="' + 'z'.repeat(50_000) +
      '">Rescuers dug.</span></div><script>var a="<p>',
    'absurd.txt': [
      '999999999999 people were killed in Aleppo on 3 March 2022.',
      'Between 5 and 99999999999 civilians were wounded in Homs on 4 March 2022.',
      'An air strike killed 1,000,000,000,000 people in Idlib on 5 March 2022.',
    ].join('\n\n'),
    'february-31.txt': 'An air strike hit Idlib on 31 February 2022, killing 4 people.',
    'arabic.txt': 'قالت الخوذ البيضاء إن تسعة مدنيين على الأقل قتلوا في الغارات على بلدة كفرنبل في ريف إدلب الجنوبي',
    'russian.txt': 'В результате обстрела Донецка погибли 5 мирных жителей, сообщили местные власти.',
    'reports.jsonl': [
      JSON.stringify({ id: 'good-1', text: GOOD, published: '2022-05-05' }),
      '{"id": "broken", "text": "missing brace"',
      JSON.stringify({ id: 'good-2', text: 'Clashes in Aleppo killed 2 fighters on 6 May 2022.', published: '2022-05-07' }),
    ].join('\n'),
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(file(name), content);
  // The first run builds the gazetteer cache in the data directory; every later run shares it.
  const warm = await sitrep('extract', file('good.txt'));
  expect(warm.code).toBe(0);
}, 300_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('sitrep extract on bad input', () => {
  it('reads a good report', async () => {
    const run = await sitrep('extract', file('good.txt'));
    expect(run.code).toBe(0);
    expect(documents(run)[0]!.events.length).toBeGreaterThan(0);
  });

  it('names unreadable files, still reads the good one, and exits 2', async () => {
    const run = await sitrep('extract', file('empty.txt'), file('binary.txt'), file('good.txt'), file('invalid-utf8.txt'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`sitrep: ${file('empty.txt')}: empty file\n`);
    expect(run.stderr).toContain(`sitrep: ${file('binary.txt')}: binary file, not a report\n`);
    // Byte offset and line of the first bad byte: the "é" written in Latin-1 on line 2.
    expect(run.stderr).toContain(`sitrep: ${file('invalid-utf8.txt')}:2: invalid UTF-8 at byte ${GOOD.length + 4} (line 2)`);
    const docs = documents(run);
    expect(docs.map((d) => d.doc_id)).toHaveLength(1);
    expect(docs[0]!.doc_id).toMatch(/^good-/);
    expect(docs[0]!.events.length).toBeGreaterThan(0);
  });

  it('names a missing file and exits 2', async () => {
    const run = await sitrep('extract', file('no-such-report.txt'), file('good.txt'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`sitrep: ${file('no-such-report.txt')}: no such file or directory\n`);
    expect(documents(run)).toHaveLength(1);
  });

  it('reads the text out of HTML soup', async () => {
    const run = await sitrep('extract', file('soup.html'));
    expect(run.code).toBe(0);
    const events = documents(run)[0]!.events;
    expect(events.some((e) => e.event_date === '2022-05-04' && e.admin1 === 'Idlib')).toBe(true);
  });

  it('reads a line of broken JSONL as an error with file:line, and the lines around it as documents', async () => {
    const run = await sitrep('extract', '--input', 'jsonl', file('reports.jsonl'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^sitrep: ${escape(file('reports.jsonl'))}:2: invalid JSON: `, 'm'));
    expect(run.stderr.match(/^sitrep: /gm)).toHaveLength(1);
    const docs = documents(run);
    expect(docs.map((d) => d.doc_id)).toEqual(['good-1', 'good-2']);
    expect(docs.every((d) => d.events.length > 0)).toBe(true);
  });

  it('never reports a figure above the largest believable one', async () => {
    const run = await sitrep('extract', file('absurd.txt'));
    expect(run.code).toBe(0);
    for (const event of documents(run)[0]!.events) {
      for (const field of ['fatalities', 'killed_low', 'killed_best', 'killed_high', 'wounded_low', 'wounded_best', 'wounded_high']) {
        const value = event[field];
        if (value !== null && value !== undefined) expect(value as number, `${field}`).toBeLessThanOrEqual(MAX_FIGURE);
      }
    }
  });

  it('reads no date from 31 February', async () => {
    const run = await sitrep('extract', file('february-31.txt'));
    expect(run.code).toBe(0);
    const events = documents(run)[0]!.events;
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(event.event_date).toBeNull();
      expect(JSON.stringify(event)).not.toContain('02-31');
    }
  });

  it('gives an empty or partial reading of Arabic and Russian, without failing', async () => {
    const run = await sitrep('extract', file('arabic.txt'), file('russian.txt'));
    expect(run.code).toBe(0);
    const docs = documents(run);
    expect(docs).toHaveLength(2);
    for (const doc of docs) expect(doc.events.length).toBeLessThanOrEqual(1);
  });

  it('finishes a 50 MB single line', async () => {
    const unit = 'the convoy moved 12 km north, then 3,000 more; prices rose by 40 percent (at least) — or so they said ';
    writeFileSync(file('long-line.txt'), unit.repeat(Math.ceil((50 * MB) / unit.length)));
    const run = await sitrep('extract', '--format', 'jsonl', file('long-line.txt'));
    rmSync(file('long-line.txt'));
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/warning: line 1 is \d+ characters long/);
  }, 300_000);

  // Known bug: a long report on one line makes the refiners quadratic (resolve-places scans every named unit for
  // every place) and overflows the stack in classify-event (Math.min over every mention). Remove `.fails`
  // when fixed. The CLI meanwhile names the document and goes on with the others.
  it('reads 2 MB of report sentences on one line', async () => {
    const unit = 'Shelling killed 3 civilians near the market on 4 May 2022 and 12 people were wounded, witnesses said; ';
    writeFileSync(file('report-line.txt'), unit.repeat(Math.ceil((2 * MB) / unit.length)));
    const run = await sitrep('extract', '--format', 'jsonl', file('report-line.txt'), file('good.txt'));
    rmSync(file('report-line.txt'));
    expect(run.stdout).toContain('"doc_id":"good-');
    expect(run.code).toBe(0);
  }, 300_000);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
