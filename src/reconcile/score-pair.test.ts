import { describe, expect, it } from 'vitest';
import { item } from './reconcile-fixtures.ts';
import { isMatch, scorePair } from './score-pair.ts';

const base = item('a', { killed_best: 12 }, {}, ['school bus', 'dahla', 'school', 'market']);

describe('scorePair', () => {
  it.each([
    ['another outlet, same strike', item('b', { killed_best: 12 }, {}, ['school bus', 'school']), true],
    ['a day later in the report, overnight strike', item('b', { event_date: '2024-03-06', killed_best: 11 }, {}, ['school bus']), true],
    ['toll rose in a later report', item('b', { killed_best: 40 }, { published: '2024-03-07' }, ['school bus', 'school']), true],
    ['place only at province level', item('b', { latitude: null, longitude: null, location: 'Northern', geo_precision: 2, killed_best: 12 }, {}, ['school bus']), true],
    ['same town, same day, a clash not a strike', item('b', { event_type: 'Battles', sub_event_type: 'Armed clash', killed_best: 2 }), false],
    ['same town, same day, a protest', item('b', { event_type: 'Protests', sub_event_type: 'Peaceful protest' }), false],
    ['same town, same day, wildly different toll, same day reports', item('b', { killed_best: 150, actor1: 'Rebels' }), false],
    ['three days later', item('b', { event_date: '2024-03-08', killed_best: 12 }, {}, ['school bus']), false],
    ['a toll update three days later, dated on its report\'s day', item('b', { event_date: '2024-03-08', killed_best: 40 }, { published: '2024-03-08' }, ['school bus']), true],
    ['a strike three days later on the same town, reported that day, same toll', item('b', { event_date: '2024-03-08', killed_best: 12 }, { published: '2024-03-08' }), false],
    ['a toll update ten days later', item('b', { event_date: '2024-03-15', killed_best: 40 }, { published: '2024-03-15' }, ['school bus']), false],
    ['another country', item('b', { country: 'Freedonia', iso3: 'FRE', killed_best: 12 }), false],
    ['80 km away', item('b', { latitude: 45.8, killed_best: 12 }, {}, ['school bus']), false],
    ['an aggregate of the month', item('b', { kind: 'aggregate', killed_best: 12 }), false],
    ['the same report', item('a', { id: '2' as never, killed_best: 12 }), false],
    ['dated only to the month', item('b', { date_start: '2024-03-01', date_end: '2024-03-31', time_precision: 3, killed_best: 12 }), false],
  ])('%s', (_name, other, match) => {
    const pair = scorePair(base, other);
    expect(isMatch(pair), JSON.stringify(pair.reasons)).toBe(match);
  });

  it('never matches two reports dated only to the years since a war began, however alike', () => {
    const since = { date_start: '2014-09-21', date_end: '2024-03-05', time_precision: 3 as const, killed_best: 12 };
    const pair = scorePair(item('a', since, {}, ['capital']), item('b', since, {}, ['capital']));
    expect(isMatch(pair)).toBe(false);
    expect(pair.reasons[0]?.detail).toContain('names no one happening');
  });

  it('keeps its reasons, one per feature', () => {
    const pair = scorePair(base, item('b', { killed_best: 12 }, {}, ['school bus']));
    expect(pair.reasons.map((r) => r.feature)).toEqual(['date', 'place', 'type', 'actors', 'figures', 'wording']);
    expect(pair.reasons.find((r) => r.feature === 'wording')?.detail).toContain('school bus');
  });
});
