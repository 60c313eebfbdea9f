import { describe, expect, it } from 'vitest';
import type { IncidentClaim } from '../core/incident.ts';
import { figureRange } from './incident-claims.ts';

const claim = (value: number, reporter: string, published: string, reporter_type: string | null = 'monitor'): IncidentClaim => ({
  field: 'killed', value, qualifier: null, reporter, reporter_type, doc_id: `d-${reporter}-${published}`, event_id: 'e', published, start: 0, end: 1,
});

describe('figureRange', () => {
  it.each([
    ['one report', [claim(12, 'Council', '2024-03-05')], { low: 12, best: 12, high: 12, contested: [] }],
    ['a rising toll from one reporter: its latest figure', [claim(32, 'Health', '2024-03-05'), claim(215, 'Health', '2024-03-06'), claim(246, 'Health', '2024-03-07')], { low: 246, best: 246, high: 246 }],
    ['two reporters: the range, best from the latest report', [claim(50, 'A', '2024-03-05'), claim(60, 'B', '2024-03-06')], { low: 50, best: 60, high: 60 }],
    ['a party far off is contested, not averaged in', [claim(40, 'A', '2024-03-05'), claim(309, 'Defence Ministry', '2024-03-05', 'party to the conflict')], { low: 40, best: 40, high: 40, contested: [{ reporter: 'Defence Ministry', value: 309 }] }],
    ['a party within the range is not contested', [claim(40, 'A', '2024-03-05'), claim(45, 'B', '2024-03-05'), claim(42, 'Army', '2024-03-05', 'party to the conflict')], { low: 40, high: 45, contested: [] }],
    ['only parties, disagreeing: all contested', [claim(0, 'Army', '2024-03-05', 'party to the conflict'), claim(309, 'Rebels', '2024-03-05', 'party to the conflict')], { low: 0, high: 309, contested: [{ reporter: 'Army', value: 0 }, { reporter: 'Rebels', value: 309 }] }],
  ])('%s', (_name, claims, expected) => {
    expect(figureRange(claims)).toMatchObject(expected);
  });

  it('is null without figures', () => {
    expect(figureRange([])).toBeNull();
  });
});
