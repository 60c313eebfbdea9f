import { describe, expect, it } from 'vitest';
import { documentFromGold } from './gold-document.ts';
import { parseGold } from './gold-schema.ts';

const article = 'source: Example Monitor\nurl: https://example.org/douma\npublished: 2018-02-16\ntitle: Douma shelled\n---\nShells hit Douma on Thursday.';

function gold(fields: Record<string, unknown>) {
  return parseGold({ doc: 'douma', text_file: 'douma.txt', events: [], ...fields }, 'douma.gold.json');
}

describe('documentFromGold', () => {
  it.each<[string, Record<string, unknown>, string, string | null, string | null]>([
    ['gold date and source win over the header', { published: '2018-02-15', source: 'SOHR' }, article, '2018-02-15', 'SOHR'],
    ['header fills what the gold leaves out', { published: null }, article, '2018-02-16', 'Example Monitor'],
    ['published_inferred is never used', { published: null, published_inferred: '2018-02-15' }, 'Shells hit Douma.', null, null],
    ['no header: text kept whole', { published: '2018-02-15' }, 'Shells hit Douma.', '2018-02-15', null],
    ['header date that is not a date', { published: null }, 'published: Thursday\n---\nShells hit Douma.', null, null],
  ])('%s', (_label, fields, text, published, source) => {
    const doc = documentFromGold(gold(fields), text);
    expect(doc.id).toBe('douma');
    expect(doc.published).toBe(published);
    expect(doc.source).toBe(source);
    expect(doc.text.startsWith('source:') || doc.text.startsWith('published:')).toBe(false);
  });

  it('keeps the header title and url as metadata and the body as text', () => {
    const doc = documentFromGold(gold({}), article);
    expect(doc).toMatchObject({ title: 'Douma shelled', url: 'https://example.org/douma', text: 'Shells hit Douma on Thursday.' });
  });
});
