import { describe, expect, it } from 'vitest';
import { parseArticleHeader } from './article-header.ts';

describe('parseArticleHeader', () => {
  const full = 'source: Example Wire\nurl: https://example.org/a\npublished: 2019-06-21\ntitle: Strikes on Idlib\n---\nBody here.';

  it.each([
    ['full header', full, { source: 'Example Wire', published: '2019-06-21', title: 'Strikes on Idlib' }, 'Body here.'],
    ['empty values are null', 'source: X\nurl:\npublished: \ntitle: T\n---\nB', { url: null, published: null }, 'B'],
    ['CRLF line ends', 'source: X\r\npublished: 2020-01-02\r\n---\r\nB', { published: '2020-01-02' }, 'B'],
    ['colon inside a value', 'title: Syria: a day\nsource: Y\n---\nB', { title: 'Syria: a day' }, 'B'],
    ['unknown key kept apart', 'source: X\nauthor: Someone\n---\nB', { source: 'X', extra: { author: 'Someone' } }, 'B'],
    ['byte order mark', '\ufeffsource: X\n---\nB', { source: 'X' }, 'B'],
    ['header with empty body', 'source: X\n---\n', { source: 'X' }, ''],
  ])('%s', (_name, text, expected, body) => {
    const header = parseArticleHeader(text);
    expect(header).toMatchObject(expected);
    expect(text.slice(header!.bodyStart)).toBe(body);
  });

  it.each([
    ['no header at all', 'Air strikes hit Idlib on Thursday.\n---\nmore'],
    ['no closing rule', 'source: X\npublished: 2019-01-01\nBody without rule'],
    ['only unknown keys', 'note: something\n---\nB'],
    ['sentence with a colon first', 'Update 1200 GMT: more strikes\n---\nB'],
    ['empty text', ''],
    ['one huge line', 'source: ' + 'x'.repeat(100_000) + '\n---\nB'],
  ])('%s -> null', (_name, text) => {
    expect(parseArticleHeader(text)).toBeNull();
  });

  it('reads a real-shaped header and leaves offsets on the body', () => {
    const header = parseArticleHeader(full)!;
    expect(header.url).toBe('https://example.org/a');
    expect(full.slice(header.bodyStart, header.bodyStart + 4)).toBe('Body');
  });
});
