import { describe, expect, it } from 'vitest';
import type { IncidentClaim, IncidentRecord } from '../core/incident.ts';
import { withClaimMarks, type ClaimMark } from './contested-claims.ts';
import { figureRanges } from './incident-claims.ts';

const claim = (event_id: string, reporter: string, value: number, published: string, reporter_type: string | null = 'monitor'): IncidentClaim => ({
  field: 'killed', value, qualifier: null, reporter, reporter_type, doc_id: event_id.split('#')[0]!, event_id, published, start: 10, end: 20,
});

// Three reports of one market strike: a monitor's 9, a rescue group's 11, and a ministry's 40.
const CLAIMS = [claim('a#1', 'Monitor', 9, '2024-05-01'), claim('b#1', 'Rescuers', 11, '2024-05-01'), claim('c#1', 'Ministry', 40, '2024-05-02', 'government')];
const INCIDENT = {
  id: 'inc-a#1', claims: CLAIMS, figures: figureRanges(CLAIMS), fatalities: 9, grade: 'fair', grade_reasons: ['3 independent sources: a, b, c'],
} as unknown as IncidentRecord;
const mark = (event_id: string, reason = 'double counts the wounded'): ClaimMark => ({ event_id, field: 'killed', start: 10, end: 20, reason, actor: 'ana', at: '2024-05-03T10:00:00Z' });

describe('withClaimMarks', () => {
  const rows: [string, ClaimMark[], { low: number; best: number; high: number } | null, string[]][] = [
    ['no mark: the figures as built', [], { low: 9, best: 40, high: 40 }, []],
    ['the ministry contested: out of the range, listed apart', [mark('c#1')], { low: 9, best: 9, high: 11 }, ['Ministry']],
    ['two contested: the one left makes the range', [mark('c#1'), mark('b#1')], { low: 9, best: 9, high: 9 }, ['Ministry', 'Rescuers']],
    ['every claim contested: no credible figure', [mark('a#1'), mark('b#1'), mark('c#1')], null, []],
    ['a mark on a claim elsewhere changes nothing', [{ ...mark('a#1'), start: 99 }], { low: 9, best: 40, high: 40 }, []],
  ];
  it.each(rows)('%s', (_name, marks, range, apart) => {
    const marked = withClaimMarks(INCIDENT, marks);
    const killed = marked.figures['killed'];
    if (range === null) expect(killed).toBeUndefined();
    else expect(killed).toMatchObject(range);
    expect((killed?.contested ?? []).map((c) => c.reporter).sort()).toEqual(apart);
    expect(marked.fatalities).toBe(range?.low ?? null);
    // Every claim is still shown; the marked ones carry the reason.
    expect(marked.claims).toHaveLength(3);
    expect(marked.claims.filter((c) => c.contested).map((c) => c.event_id).sort()).toEqual(marks.filter((m) => m.start === 10).map((m) => m.event_id).sort());
    expect(marked.grade).toBe('fair');
  });

  it('says why in the grade reasons, and forgets a mark taken off', () => {
    const marked = withClaimMarks(INCIDENT, [mark('c#1', 'counts fighters as civilians')]);
    expect(marked.grade_reasons).toEqual(['3 independent sources: a, b, c', "an analyst contests one claim: Ministry's killed 40 (counts fighters as civilians)"]);
    const cleared = withClaimMarks(marked, []);
    expect(cleared.grade_reasons).toEqual(INCIDENT.grade_reasons);
    expect(cleared.claims).toEqual(CLAIMS);
    expect(cleared.figures).toEqual(INCIDENT.figures);
  });
});
