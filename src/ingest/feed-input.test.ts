import { describe, expect, it } from 'vitest';
import { readFeedReports } from './feed-input.ts';
import { guessInputKind } from './input-kind.ts';

const NONE = { published: null, source: null };

// Feeds written for these tests, shaped like an outlet's RSS 2.0 and a monitor's Atom feed.
const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Valley Monitor</title>
  <item>
    <title>Shelling kills 4 in Kafranbel</title>
    <link>https://example.org/kafranbel-shelling</link>
    <pubDate>Tue, 18 Jun 2019 09:30:00 GMT</pubDate>
    <description><![CDATA[<p>Regime artillery shelled <b>Kafranbel</b> on Monday, killing 4 civilians.</p>]]></description>
  </item>
  <item>
    <title>Protest in Idlib city</title>
    <link>https://example.org/idlib-protest</link>
    <pubDate>not a date</pubDate>
    <description>Hundreds rallied in Idlib &amp; Saraqib on Friday.</description>
  </item>
  <item>
    <description>   </description>
  </item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Field Updates</title>
  <entry>
    <title>Drone strike near Marib</title>
    <link rel="alternate" href="https://example.org/marib-drone"/>
    <updated>2021-10-29T11:00:00Z</updated>
    <content type="html">&lt;p&gt;A drone struck a checkpoint near Marib late on Thursday, wounding 3 soldiers.&lt;/p&gt;</content>
  </entry>
</feed>`;

describe('feed input', () => {
  it('reads each RSS item as a document with its title, link, date and outlet, and names the broken one by line', () => {
    const results = [...readFeedReports(RSS, 'monitor.rss', NONE)];
    expect(results).toHaveLength(3);
    const [first, second, third] = results;
    expect(first).toMatchObject({ ok: true, doc: { title: 'Shelling kills 4 in Kafranbel', url: 'https://example.org/kafranbel-shelling', published: '2019-06-18', source: 'Valley Monitor' } });
    if (first?.ok) expect(first.doc.text).toContain('Regime artillery shelled Kafranbel on Monday, killing 4 civilians.');
    expect(second).toMatchObject({ ok: true, doc: { published: null }, diagnostics: [{ code: 'ingest/feed-date' }] });
    if (second?.ok) expect(second.doc.text).toContain('Idlib & Saraqib');
    expect(third).toEqual({ ok: false, file: 'monitor.rss', line: 17, message: 'feed item has no title or text' });
  });

  it('reads Atom entries, with escaped HTML content and the link in its href', () => {
    const [entry] = [...readFeedReports(ATOM, 'updates.atom', NONE)];
    expect(entry).toMatchObject({ ok: true, doc: { url: 'https://example.org/marib-drone', published: '2021-10-29', source: 'Field Updates' } });
    if (entry?.ok) expect(entry.doc.text).toContain('wounding 3 soldiers');
  });

  it('says so when a feed has no items, and is recognised by its opening', () => {
    expect([...readFeedReports('<rss><channel><title>Empty</title></channel></rss>', 'empty.xml', NONE)]).toEqual([
      { ok: false, file: 'empty.xml', message: 'no <item> in the feed' },
    ]);
    expect(guessInputKind('feed.xml', RSS)).toBe('rss');
    expect(guessInputKind('updates', ATOM)).toBe('rss');
  });

  it('stays linear on a feed of unclosed items', { timeout: 120_000 }, () => {
    const hostile = `<rss><channel>${'<item><title>x'.repeat(200_000)}</channel></rss>`;
    expect([...readFeedReports(hostile, 'hostile.rss', NONE)].length).toBeGreaterThan(0);
  });
});
