import { describe, expect, it } from 'vitest';
import { item, killedClaim } from './reconcile-fixtures.ts';
import { reconcile } from './reconcile.ts';

const groups = (items: Parameters<typeof reconcile>[0], options?: Parameters<typeof reconcile>[1]) =>
  reconcile(items, options).map((r) => r.incident.event_ids);

describe('reconcile', () => {
  it('puts reports of one strike in one incident named after the first report, and keeps the others apart', () => {
    const items = [
      item('a', { killed_best: 12 }),
      item('b', { killed_best: 12 }),
      item('c', { event_type: 'Battles', sub_event_type: 'Armed clash', killed_best: 3 }),
      item('d', { event_type: 'Battles', sub_event_type: 'Armed clash', killed_best: 3 }),
    ];
    const result = reconcile(items);
    expect(result.map((r) => r.incident.event_ids)).toEqual([['a#1', 'b#1'], ['c#1', 'd#1']]);
    expect(result[0]!.incident.id).toBe('inc-a#1');
    expect(result[0]!.incident.doc_ids).toEqual(['a', 'b']);
    expect(result[0]!.incident.links[0]).toMatchObject({ a: 'a#1', b: 'b#1', decision: 'auto' });
  });

  it('never puts two events of one report in one incident', () => {
    const items = [item('a', { id: '1' as never }), item('a', { id: '2' as never }), item('b')];
    expect(groups(items)).toHaveLength(2);
  });

  it('does not chain: two reports that rule each other out stay apart even with a report matching both', () => {
    // a–b and b–c are 33 km apart (no evidence either way); a–c 67 km, too far to be one strike.
    const items = [item('a', { killed_best: 10 }), item('b', { killed_best: 10, latitude: 45.4 }), item('c', { killed_best: 10, latitude: 45.7 })];
    const near = [items[0]!, items[1]!, item('c', { killed_best: 10, latitude: 45.5 })];
    expect(groups(near)).toEqual([['a#1', 'b#1', 'c#1']]);
    const far = items;
    expect(groups(far)).toEqual([['a#1', 'b#1'], ['c#1']]);
  });

  it('adds new events to known incidents and keeps their ids; merges two known incidents only through new evidence', () => {
    const items = [item('a'), item('b', { event_type: 'Battles', sub_event_type: 'Armed clash' }), item('c')];
    const prior = (i: number) => (i === 0 ? { incidentId: 'inc-old', locked: false } : null);
    const result = reconcile(items, { prior });
    expect(result.map((r) => [r.incident.id, r.incident.event_ids, r.changed])).toEqual([
      ['inc-old', ['a#1', 'c#1'], true],
      ['inc-b#1', ['b#1'], true],
    ]);
  });

  it('never merges an incident a person fixed with another known incident', () => {
    const items = [item('a'), item('b'), item('c')];
    const prior = (i: number) => (i === 0 ? { incidentId: 'inc-x', locked: true } : i === 1 ? { incidentId: 'inc-y', locked: false } : null);
    const ids = reconcile(items, { prior }).map((r) => [r.incident.id, r.incident.event_ids]);
    expect(ids).toContainEqual(['inc-y', ['b#1']]);
    expect(ids.flatMap(([, e]) => e)).toHaveLength(3);
  });

  it('keeps every claim and derives low/best/high, a rising toll and ACLED fatalities', () => {
    const items = [
      item('a', { killed_best: 32, claims: [killedClaim(32, 'Health Directorate')] }, { published: '2024-03-05' }),
      item('b', { killed_best: 215, claims: [killedClaim(215, 'Health Directorate')] }, { published: '2024-03-06' }),
      item('c', { killed_best: 246, claims: [killedClaim(246, 'Local Monitor'), killedClaim(0, 'Defence Ministry', 'party to the conflict', 9)] }, { published: '2024-03-06' }),
    ];
    const [only] = reconcile(items);
    const incident = only!.incident;
    expect(incident.event_ids).toEqual(['a#1', 'b#1', 'c#1']);
    expect(incident.claims).toHaveLength(4);
    expect(incident.figures.killed).toEqual({ low: 215, best: 215, high: 246, contested: [{ reporter: 'Defence Ministry', value: 0 }] });
    expect(incident.fatalities).toBe(215);
  });
});
