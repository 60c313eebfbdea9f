import { describe, expect, it } from 'vitest';
import { filterQuery, mapLayers, pageSearch, readFilters, timelineFilters, withFilter } from './filters.ts';

describe('filters in the URL', () => {
  it.each([
    ['', {}],
    ['?country=Syria&from=2019-06-01', { country: 'Syria', from: '2019-06-01' }],
    ['?q=%20airstrike%20&min_killed=', { q: 'airstrike' }],
    ['?event=abc&event_type=Battles', { event_type: 'Battles' }],
    ['?bogus=1', {}],
    ['?grade=contested&country=Syria', { country: 'Syria', grade: 'contested' }],
  ])('reads %j', (search, expected) => {
    expect(readFilters(search)).toEqual(expected);
  });

  it('writes only the set filters, in one order, with extra parameters', () => {
    expect(filterQuery({ to: '2019-07-01', country: 'Syria', actor: '' })).toBe('to=2019-07-01&country=Syria');
    expect(filterQuery({ q: 'car bomb' }, { format: 'acled' })).toBe('q=car+bomb&format=acled');
  });

  it('keeps the page parameters that are not filters', () => {
    expect(pageSearch('?event=e%231&country=Iraq', { country: 'Syria' })).toBe('?country=Syria&event=e%231');
    expect(pageSearch('?country=Iraq', {})).toBe('');
  });

  it('sets and clears one filter without touching the others', () => {
    expect(withFilter({ country: 'Syria' }, 'admin1', ' Idlib ')).toEqual({ country: 'Syria', admin1: 'Idlib' });
    expect(withFilter({ country: 'Syria', admin1: 'Idlib' }, 'admin1', '')).toEqual({ country: 'Syria' });
  });

  it.each([
    ['no kind chosen: incidents as marks, no tallies', { country: 'Syria' }, false, { points: { country: 'Syria', kind: 'incident' }, tallies: null }],
    ['no kind chosen, tallies asked for: drawn apart', { country: 'Syria' }, true, { points: { country: 'Syria', kind: 'incident' }, tallies: { country: 'Syria', kind: 'aggregate' } }],
    ['incidents chosen: never tallies', { kind: 'incident' }, true, { points: { kind: 'incident' }, tallies: null }],
    ['tallies chosen: tallies alone, drawn as tallies', { kind: 'aggregate' }, false, { points: null, tallies: { kind: 'aggregate' } }],
  ])('draws on the map: %s', (_name, filters, showTallies, expected) => {
    expect(mapLayers(filters, showTallies)).toEqual(expected);
  });

  it('counts incidents on the timeline unless the kind is chosen', () => {
    expect(timelineFilters({ from: '2019-01-01' })).toEqual({ from: '2019-01-01', kind: 'incident' });
    expect(timelineFilters({ kind: 'aggregate' })).toEqual({ kind: 'aggregate' });
  });
});
