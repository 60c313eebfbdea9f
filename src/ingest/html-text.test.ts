import { describe, expect, it } from 'vitest';
import { decodeEntities } from './html-entities.ts';
import { extractHtmlArticle } from './html-text.ts';
import { tokenizeHtml } from './html-tokenizer.ts';

const page = `<!DOCTYPE html>
<html><head>
<title>Strikes on Idlib &ndash; Example News</title>
<meta property="og:title" content="Air strikes kill nine in Idlib">
<meta property="article:published_time" content="2019-06-21T09:15:00+03:00">
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="https://example.org/idlib">
<style>p { color: red }</style>
<script>var x = "<p>not text</p>";</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<article>
<h1>Air strikes kill nine in Idlib</h1>
<p>Nine civilians were killed on Thursday, the <b>White Helmets</b> said.</p>
<p>Among them were two children &amp; a woman.</p>
<figure><img src="x.jpg"><figcaption>A photo caption</figcaption></figure>
<aside>Read more: unrelated story</aside>
</article>
<form><input name="q"><button>Subscribe</button></form>
<footer>Copyright</footer>
</body></html>`;

describe('extractHtmlArticle', () => {
  it('keeps the story, drops the page furniture, reads the metadata', () => {
    const article = extractHtmlArticle(page);
    expect(article.text).toBe(
      'Air strikes kill nine in Idlib\n\nNine civilians were killed on Thursday, the White Helmets said.\n\nAmong them were two children & a woman.',
    );
    expect(article).toMatchObject({
      title: 'Air strikes kill nine in Idlib',
      published: '2019-06-21T09:15:00+03:00',
      url: 'https://example.org/idlib',
      source: 'Example News',
    });
  });

  it.each([
    ['headline in the article header kept, site header dropped', '<header>Site</header><article><header><h1>Nine killed</h1></header><p>Body.</p></article>', 'Nine killed\n\nBody.'],
    ['no article element: the body', '<body><p>One.</p><div>Two</div></body>', 'One.\n\nTwo'],
    ['title from <title> when no og:title', '<title>Plain &amp; simple</title><p>x</p>', 'x'],
    ['br splits lines', '<p>Line one<br>Line two</p>', 'Line one\n\nLine two'],
    ['unclosed paragraphs', '<p>First<p>Second<p>Third', 'First\n\nSecond\n\nThird'],
    ['unclosed head still shows the body', '<html><head><title>T</title><body><p>Body text</p>', 'Body text'],
    ['stray less-than signs are text', '<p>a < b and 3 <4 and </ 5></p>', 'a < b and 3 <4 and </ 5>'],
    ['unknown end tags ignored', '<p>Kept</span></div> too</p>', 'Kept too'],
    ['comments dropped, even unclosed', '<p>Before</p><!-- hidden <p>gone</p>', 'Before'],
    ['unclosed script drops the rest', '<p>Seen</p><script>let a = 1; <p>gone', 'Seen'],
    ['upper-case tags', '<P>Upper</P><SCRIPT>x</SCRIPT>', 'Upper'],
    ['table cells separated', '<table><tr><td>Idlib</td><td>9</td></tr></table>', 'Idlib 9'],
    ['time datetime as published', '<p><time datetime="2020-02-28">Friday</time> report</p>', 'Friday report'],
    ['empty page', '', ''],
    ['text with no tags', 'Just text &mdash; here', 'Just text — here'],
  ])('%s', (_name, html, text) => {
    expect(extractHtmlArticle(html).text).toBe(text);
  });

  it('takes the date from <time datetime> when there is no meta', () => {
    expect(extractHtmlArticle('<p><time datetime="2020-02-28">Friday</time></p>').published).toBe('2020-02-28');
    expect(extractHtmlArticle('<title>Plain &amp; simple</title>').title).toBe('Plain & simple');
  });

  it('survives HTML soup in linear time', () => {
    const huge = 'x'.repeat(2_000_000);
    const soups = [
      `<div title="${huge}">after a huge attribute</div>`,
      `<div title="${huge}`, // unclosed quote to the end
      '<p>' + '<'.repeat(1_000_000),
      '<div>'.repeat(200_000) + 'deep' + '</span>'.repeat(200_000),
      '<p>a</p>'.repeat(100_000) + '</p>'.repeat(100_000),
      '&'.repeat(1_000_000) + '&#' + '9'.repeat(1_000_000),
      '<script>'.repeat(100_000),
      '<!--'.repeat(100_000),
      '<a href=' + "'".repeat(500_000),
    ];
    // A quadratic scan of these would run for hours: the test's time limit is the guard.
    for (const soup of soups) expect(typeof extractHtmlArticle(soup).text).toBe('string');
    expect(extractHtmlArticle(soups[0]!).text).toBe('after a huge attribute');
    expect(extractHtmlArticle(soups[3]!).text).toBe('deep');
  });
});

describe('tokenizeHtml', () => {
  it('reads attributes quoted, unquoted and bare', () => {
    const [token] = [...tokenizeHtml(`<meta name=date content='2019-06-21' hidden data-x="a>b">`)];
    expect(token).toMatchObject({ kind: 'start', name: 'meta' });
    if (token?.kind !== 'start') return;
    expect(Object.fromEntries(token.attrs)).toEqual({ name: 'date', content: '2019-06-21', hidden: '', 'data-x': 'a>b' });
  });
});

describe('decodeEntities', () => {
  it.each([
    ['&amp;&lt;&gt;&quot;&#39;', `&<>"'`],
    ['&#x41;&#66;', 'AB'],
    ['caf&eacute; &rsquo;s', 'café ’s'],
    ['&unknownthing; stays', '&unknownthing; stays'],
    ['&#0; &#xD800; &#99999999;', '\ufffd \ufffd \ufffd9;'], // bounded digit runs: the eighth digit is text,
    ['AT&T', 'AT&T'],
  ])('%s', (input, output) => {
    expect(decodeEntities(input)).toBe(output);
  });
});
