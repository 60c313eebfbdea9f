import { describe, expect, it } from 'vitest';
import { buildLexicons } from './index.ts';
import { parseUserLexicon } from './user-lexicons.ts';

describe('user lexicons', () => {
  it('adds an actor a user names, ahead of the defaults', () => {
    const extra = parseUserLexicon('actors', 'actors.json', [
      { phrases: ['Hawks of the Valley'], name: 'Hawks of the Valley Brigade', inter: 3, country: 'SY' },
      { phrases: ['rebels'], name: 'Local rebel coalition', inter: 2 },
    ]);
    const lexicons = buildLexicons(extra);
    const found = lexicons.actors.match('The Hawks of the Valley and rebels attacked.').map((m) => m.value.name);
    expect(found).toEqual(['Hawks of the Valley Brigade', 'Local rebel coalition']);
  });

  it('names the file, the entry and the field of a mistake', () => {
    expect(() => parseUserLexicon('triggers', 'my/triggers.json', [{ phrases: ['razzia'], event_type: 'Battles', sub_event_type: 'Raid', weight: 5 }])).toThrow(
      /my\/triggers\.json: entry 0\.sub_event_type/,
    );
  });
});
