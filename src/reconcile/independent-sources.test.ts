import { describe, expect, it } from 'vitest';
import { independentSources, wireOf } from './independent-sources.ts';
import { item } from './reconcile-fixtures.ts';

describe('wireOf', () => {
  it.each([
    ['The New Arab (AP)', 'Yemeni officials say...', 'AP'],
    ['Daily Outlet', 'SANAA (Reuters) - A strike on...', 'Reuters'],
    ['Daily Outlet', 'BEIRUT, March 5 (AFP) - Shelling...', 'AFP'],
    ['Lokmat English (ANI/Xinhua)', 'Marib...', 'Xinhua'],
    ['Daily Outlet', 'Our correspondent in Velka writes that Reuters was not there.', null],
    [null, 'A report with no credit.', null],
  ])('%s / %s', (source, text, wire) => {
    expect(wireOf(source, text)).toBe(wire);
  });
});

describe('independentSources', () => {
  it('counts outlets once each, wire copies once, near-identical texts once', () => {
    const words = ['grain', 'market', 'velka', 'traders', 'drone'];
    const items = [
      item('a', {}, { source: 'Velka Courier' }, words),
      item('b', {}, { source: 'Northern Post' }, ['funeral', 'procession', 'velka']),
      item('c', {}, { source: 'Capital Times', wire: 'Reuters' }, ['reuters', 'copy']),
      item('d', {}, { source: 'Evening Star', wire: 'Reuters' }, ['other', 'words']),
      item('e', {}, { source: 'Aggregator' }, words),
    ];
    expect(independentSources(items)).toEqual(['outlet:northern post', 'outlet:velka courier', 'wire:Reuters']);
  });
});
