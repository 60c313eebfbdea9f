import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputBytes, readInputs, type InputOptions, type InputResult } from './read-input.ts';

let dir: string;
const file = (name: string): string => join(dir, name);

async function collect(paths: string[], opts: InputOptions = {}): Promise<InputResult[]> {
  const out: InputResult[] = [];
  for await (const result of readInputs(paths, opts)) out.push(result);
  return out;
}

const header = (published: string, body: string): string =>
  `source: Demo Wire\nurl: https://example.org/x\npublished: ${published}\ntitle: Shelling in Hama\n---\n${body}`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-ingest-'));
  const files: Record<string, string | Uint8Array> = {
    'with-header.txt': header('2019-06-21', 'Two civilians were killed in Kafr Zita on Thursday.'),
    'no-header.txt': 'Shelling hit Khan Shaykhun on Friday, the monitor said.',
    'impossible-date.txt': header('2019-02-31', 'Body.'),
    'unknown-date.txt': header('last Tuesday', 'Body.'),
    'empty.txt': '',
    'header-only.txt': header('2019-06-21', '\n  \n'),
    'binary.txt': Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xff, 0x10]),
    'latin1.txt': Uint8Array.from([...new TextEncoder().encode('first line\nsecond caf'), 0xe9, 0x0a]),
    'arabic.txt': 'قالت الخوذ البيضاء إن تسعة مدنيين على الأقل قتلوا في الغارات على بلدة كفرنبل في ريف إدلب الجنوبي',
    'soup.html':
      '<html><head><title>Soup &amp; more</title><meta property="article:published_time" content="2019-05-08T10:00:00Z">' +
      '<body><nav>Home<div>Menu</nav><p>Barrel bombs fell on Kafr Nabuda<p>Three were wounded < 10 minutes later' +
      '<div class="x" data-y="' + 'z'.repeat(100_000) + '">Rescuers dug through rubble.</span></div><script>var a="<p>',
    'bad-meta-date.html': '<meta name="date" content="Friday"><p>Clashes near Jisr al-Shughur.</p>',
    'reports.jsonl': [
      JSON.stringify({ id: 'a1', text: 'Clashes erupted in Maarat al-Numan.', published: '2019-06-20', source: 'SOHR', title: 'T', url: 'https://x' }),
      '{"id": "broken", "text": "missing brace"',
      '',
      JSON.stringify({ text: 'An air strike hit Ariha.', published: '2019-06-19' }),
      JSON.stringify({ id: 'd', text: 'Bad date.', published: '2019-02-31' }),
      JSON.stringify({ id: 'e', text: '' }),
      '[1, 2]',
      JSON.stringify({ id: 'g', text: 'Title wrong type.', title: 7 }),
      JSON.stringify({ id: 'h', text: 'Last good line, no newline after it.' }),
    ].join('\n'),
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  mkdirSync(join(dir, 'folder'));
  writeFileSync(join(dir, 'folder', 'b.txt'), 'Second report about Idlib and its countryside.');
  writeFileSync(join(dir, 'folder', 'a.txt'), 'First report about Hama and its countryside.');
  writeFileSync(join(dir, 'folder', '.hidden.txt'), 'never read');
  mkdirSync(join(dir, 'folder', 'nested'));
  writeFileSync(join(dir, 'folder', 'nested', 'c.txt'), 'not read: directories are not recursive');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readInputs: refused files', () => {
  it.each([
    ['empty.txt', /^empty file$/, undefined],
    ['header-only.txt', /empty report: nothing follows the header/, undefined],
    ['binary.txt', /binary file, not a report/, undefined],
    ['latin1.txt', /invalid UTF-8 at byte 21 \(line 2\)/, 2],
    ['impossible-date.txt', /^published: "2019-02-31" is not a real calendar date/, 3],
    ['unknown-date.txt', /^published: "last Tuesday" is not a date in the form YYYY-MM-DD/, 3],
    ['does-not-exist.txt', /no such file or directory/, undefined],
  ])('%s', async (name, message, line) => {
    const [result, ...rest] = await collect([file(name)]);
    expect(rest).toEqual([]);
    expect(result).toMatchObject({ ok: false, file: file(name) });
    if (result?.ok !== false) return;
    expect(result.message).toMatch(message);
    expect(result.line).toBe(line);
  });

  it('refuses files over the size limit without reading them', async () => {
    const [result] = await collect([file('with-header.txt')], { maxBytes: 10 });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/file too large: .* over the 0\.0 MB limit/) });
  });

  it('refuses devices and pipes', async () => {
    expect(await collect(['/dev/null'])).toMatchObject([{ ok: false, message: 'not a regular file' }]);
  });

  it('reports a bad --published once and reads nothing', async () => {
    expect(await collect([file('no-header.txt')], { published: '2019-02-31' })).toEqual([
      { ok: false, file: '--published', message: '--published: "2019-02-31" is not a real calendar date' },
    ]);
  });
});

describe('readInputs: text', () => {
  it('reads the header and counts offsets from the text after it', async () => {
    const [result] = await collect([file('with-header.txt')]);
    expect(result).toMatchObject({
      ok: true,
      diagnostics: [],
      doc: {
        text: 'Two civilians were killed in Kafr Zita on Thursday.',
        published: '2019-06-21',
        source: 'Demo Wire',
        title: 'Shelling in Hama',
        url: 'https://example.org/x',
        language: 'en',
      },
    });
    if (result?.ok) expect(result.doc.id).toMatch(/^with-header-[0-9a-f]{12}$/);
  });

  it('uses --published and --source only where the file states none', async () => {
    const results = await collect([file('no-header.txt'), file('with-header.txt')], { published: '2019-06-22', source: 'CLI' });
    expect(results.map((r) => (r.ok ? [r.doc.published, r.doc.source] : r.message))).toEqual([
      ['2019-06-22', 'CLI'],
      ['2019-06-21', 'Demo Wire'],
    ]);
    expect(results[1]).toMatchObject({ diagnostics: [{ code: 'ingest/published-conflict' }] });
  });

  it('keeps reports in other languages and says which when it can', async () => {
    expect(await collect([file('arabic.txt')])).toMatchObject([{ ok: true, doc: { language: 'ar' } }]);
  });

  it('gives the same content the same id wherever the file lives', async () => {
    const copy = join(dir, 'folder', 'nested', 'with-header.txt');
    writeFileSync(copy, header('2019-06-21', 'Two civilians were killed in Kafr Zita on Thursday.'));
    const [a, b] = await collect([file('with-header.txt'), copy]);
    expect(a?.ok && b?.ok && a.doc.id === b.doc.id).toBe(true);
  });

  it('expands directories: sorted, hidden files and subdirectories skipped', async () => {
    const results = await collect([join(dir, 'folder')]);
    expect(results.map((r) => r.file)).toEqual([join(dir, 'folder', 'a.txt'), join(dir, 'folder', 'b.txt')]);
  });

  it('reads a 50 MB single line in linear time, with a warning', async () => {
    const big = file('one-line.txt');
    writeFileSync(big, 'Shelling was reported in Idlib and the casualties are unknown. '.repeat(800_000));
    const [result] = await collect([big]);
    expect(result).toMatchObject({ ok: true, diagnostics: [{ code: 'ingest/long-line' }] });
    if (result?.ok) expect(result.doc.text.length).toBeGreaterThan(50_000_000);
  });
});

describe('readInputs: html', () => {
  it('extracts text and metadata from HTML soup', async () => {
    const [result] = await collect([file('soup.html')]);
    expect(result).toMatchObject({
      ok: true,
      doc: {
        title: 'Soup & more',
        published: '2019-05-08',
        text: 'Barrel bombs fell on Kafr Nabuda\n\nThree were wounded < 10 minutes later\n\nRescuers dug through rubble.',
      },
    });
  });

  it('turns an unreadable page date into a warning, not a refusal', async () => {
    const [result] = await collect([file('bad-meta-date.html')], { published: '2019-06-01' });
    expect(result).toMatchObject({ ok: true, doc: { published: '2019-06-01' }, diagnostics: [{ code: 'ingest/page-date' }] });
  });

  it('reads a .txt file as HTML when asked', async () => {
    writeFileSync(file('page.txt'), '<p>Asked for &amp; given</p>');
    expect(await collect([file('page.txt')], { input: 'html' })).toMatchObject([{ ok: true, doc: { text: 'Asked for & given' } }]);
    expect(await collect([file('page.txt')], { input: 'text' })).toMatchObject([{ ok: true, doc: { text: '<p>Asked for &amp; given</p>' } }]);
  });
});

describe('readInputs: jsonl', () => {
  it('returns the good lines and names the line of each broken one', async () => {
    const results = await collect([file('reports.jsonl')]);
    const summary = results.map((r) => (r.ok ? [r.line, r.doc.id] : [r.line, r.message]));
    expect(summary).toEqual([
      [1, 'a1'],
      [2, expect.stringMatching(/^invalid JSON/)],
      [4, expect.stringMatching(/^reports-[0-9a-f]{12}$/)],
      [5, '"published": "2019-02-31" is not a real calendar date'],
      [6, '"text": empty'],
      [7, 'expected a JSON object with a "text" field'],
      [8, '"title": expected a string'],
      [9, 'h'],
    ]);
    expect(results[0]).toMatchObject({ doc: { source: 'SOHR', published: '2019-06-20', url: 'https://x', title: 'T' } });
  });

  it('stops early on a file that is not JSON Lines at all', async () => {
    writeFileSync(file('prose.jsonl'), 'not json\n'.repeat(10_000));
    const results = await collect([file('prose.jsonl')]);
    expect(results).toHaveLength(21);
    expect(results.at(-1)).toMatchObject({ ok: false, message: expect.stringMatching(/^not JSON Lines/) });
  });

  it('reports invalid UTF-8 on its line and reads the rest', async () => {
    const good = new TextEncoder().encode(JSON.stringify({ id: 'ok', text: 'Fine line.' }));
    writeFileSync(file('mixed.jsonl'), Uint8Array.from([...new TextEncoder().encode('{"text": "caf'), 0xe9, ...new TextEncoder().encode('"}\n'), ...good]));
    expect(await collect([file('mixed.jsonl')])).toMatchObject([
      { ok: false, line: 1, message: 'invalid UTF-8 at byte 13' },
      { ok: true, line: 2, doc: { id: 'ok' } },
    ]);
  });

  it('detects JSON Lines by content when the extension says nothing', async () => {
    writeFileSync(file('feed.txt'), JSON.stringify({ id: 'x', text: 'From a feed.' }) + '\n');
    expect(await collect([file('feed.txt')])).toMatchObject([{ ok: true, doc: { id: 'x' } }]);
  });

  it('refuses empty and binary JSONL files', async () => {
    writeFileSync(file('empty.jsonl'), '\n\n');
    expect(await collect([file('empty.jsonl')])).toMatchObject([{ ok: false, message: 'empty file (no JSON lines)' }]);
    expect(await collect([file('binary.txt')], { input: 'jsonl' })).toMatchObject([{ ok: false, message: 'binary file, not a report' }]);
  });
});

describe('readInputBytes', () => {
  it.each([
    ['text bytes', new TextEncoder().encode('Shelling hit Saraqib.'), {}, { ok: true, doc: { text: 'Shelling hit Saraqib.' } }],
    ['html by name', new TextEncoder().encode('<p>x &amp; y</p>'), {}, { ok: true, doc: { text: 'x & y' } }],
    ['over the limit', new Uint8Array(20).fill(0x41), { maxBytes: 10 }, { ok: false, message: expect.stringMatching(/^too large/) }],
    ['binary', Uint8Array.from([0, 1, 2]), {}, { ok: false, message: 'binary file, not a report' }],
    ['bad --published', new TextEncoder().encode('x'), { published: '2019-13-01' }, { ok: false, file: '--published' }],
  ])('%s', (_name, bytes, opts, expected) => {
    const name = _name === 'html by name' ? 'upload.html' : 'upload.txt';
    expect([...readInputBytes(bytes, name, opts)]).toMatchObject([expected]);
  });
});
