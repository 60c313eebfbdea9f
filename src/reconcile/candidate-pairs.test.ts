import { describe, expect, it } from 'vitest';
import { candidatePairs } from './candidate-pairs.ts';
import { item } from './reconcile-fixtures.ts';

const events = [
  item('a').event,
  item('b', { event_date: '2024-03-06' }).event,
  item('c', { admin1: null, latitude: null, longitude: null }).event, // country-level: may be any admin1's
  item('d', { admin1: 'Southern' }).event,
  item('e', { event_date: '2024-04-20' }).event,
  item('f', { country: 'Freedonia', iso3: 'FRE' }).event,
  item('g', { kind: 'aggregate' }).event,
  item('h', { event_type: 'Protests', sub_event_type: 'Peaceful protest' }).event,
  item('i', { event_date: null, date_start: null, date_end: null }).event,
];

describe('candidatePairs', () => {
  it('pairs only events that share kind, country, type family, date bucket and admin1 (or a country-level place)', () => {
    const named = candidatePairs(events).map(([i, j]) => `${events[i]!.doc_id}${events[j]!.doc_id}`).sort();
    expect(named).toEqual(['ab', 'ac', 'bc', 'cd']);
  });

  it('asks the caller which pairs it wants', () => {
    expect(candidatePairs(events, (i, j) => i !== 0 && j !== 0).map(([i, j]) => [i, j])).toEqual([[1, 2], [2, 3]]);
  });
});
