import { describe, expect, it } from 'vitest';
import { titleOf, uploadOf } from './ingest-files.ts';

describe('uploadOf', () => {
  it.each([
    ['report.html', '', { ok: true, type: 'text/html' }],
    ['REPORT.HTM', '', { ok: true, type: 'text/html' }],
    ['page', 'text/html', { ok: true, type: 'text/html' }],
    ['daily.txt', '', { ok: true, type: 'text/plain' }],
    ['notes.md', '', { ok: true, type: 'text/plain' }],
    ['bulletin', 'text/plain', { ok: true, type: 'text/plain' }],
  ] as const)('reads %s (%s)', (name, mime, expected) => {
    expect(uploadOf(name, mime)).toEqual(expected);
  });

  it.each([['feed.xml', 'application/rss+xml'], ['events.jsonl', ''], ['acled.csv', 'text/csv'], ['scan.pdf', 'application/pdf']])('refuses %s, by name', (name, mime) => {
    const upload = uploadOf(name, mime);
    expect(upload.ok).toBe(false);
    expect(!upload.ok && upload.reason).toContain(name);
  });

  it('titles a report by its file name', () => {
    expect(titleOf('syria_daily-2019-06-21.txt')).toBe('syria daily 2019 06 21');
    expect(titleOf('.txt')).toBe('.txt');
  });
});
