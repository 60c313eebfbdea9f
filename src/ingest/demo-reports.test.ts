import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readInputs, type InputResult } from './read-input.ts';

// The bundled demo reports are fixtures too: each must read cleanly, header and all.
const DEMO = fileURLToPath(new URL('../../demo/reports', import.meta.url));

describe('demo reports', () => {
  it('all read as English documents with a header, a date and text after the header', async () => {
    const results: InputResult[] = [];
    for await (const result of readInputs([DEMO])) results.push(result);
    expect(results.length).toBeGreaterThanOrEqual(8);
    for (const result of results) {
      expect(result).toMatchObject({ ok: true, diagnostics: [] });
      if (!result.ok) continue;
      expect(result.doc.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(result.doc.source).not.toBeNull();
      expect(result.doc.title).not.toBeNull();
      expect(result.doc.language).toBe('en');
      expect(result.doc.text).not.toMatch(/^(source|url|published|title):/m);
    }
  });
});
