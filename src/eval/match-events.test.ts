import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../core/event.ts';
import { eventRecord } from './event-record-fixture.ts';
import { parseGold, type GoldEvent } from './gold-schema.ts';
import { canMatch, matchEvents } from './match-events.ts';

function goldEvents(events: Record<string, unknown>[]): GoldEvent[] {
  return parseGold({ doc: 'd', text_file: 'd.txt', events }, 'd.gold.json').events;
}

// Invented: government shelling of Kafr Nabl (Idlib) on 2020-03-03.
const shelling = { id: 'g', kind: 'incident', date_start: '2020-03-03', date_end: '2020-03-03', admin1: 'Idlib', latitude: 35.614, longitude: 36.56 };

describe('canMatch', () => {
  it.each<[string, Record<string, unknown>, Partial<EventRecord>, boolean]>([
    ['same day and province', shelling, { event_date: '2020-03-03', admin1: 'Idleb' }, true],
    ['other kind', shelling, { kind: 'aggregate', event_date: '2020-03-03', admin1: 'Idlib' }, false],
    ['a day late is within the widening', shelling, { event_date: '2020-03-04', admin1: 'Idlib' }, true],
    ['two days late', shelling, { event_date: '2020-03-05', admin1: 'Idlib' }, false],
    ['two days early', shelling, { event_date: '2020-03-01', admin1: 'Idlib' }, false],
    ['a range reaching in', shelling, { date_start: '2020-02-25', date_end: '2020-03-02', admin1: 'Idlib' }, true],
    ['undated prediction', shelling, { admin1: 'Idlib' }, true],
    ['other province', shelling, { event_date: '2020-03-03', admin1: 'Aleppo' }, false],
    ['other province name but 20 km away', shelling, { event_date: '2020-03-03', admin1: 'Hama', latitude: 35.45, longitude: 36.6 }, true],
    ['other province 100 km away', shelling, { event_date: '2020-03-03', admin1: 'Aleppo', latitude: 36.2, longitude: 37.15 }, false],
    ['prediction without admin1', shelling, { event_date: '2020-03-03' }, true],
    ['gold without admin1', { ...shelling, admin1: undefined }, { event_date: '2020-03-03', admin1: 'Aleppo' }, true],
    ['aggregate 10 days before the range', { id: 'a', kind: 'aggregate', date_start: '2019-04-20', date_end: '2019-06-21' }, { kind: 'aggregate', date_start: '2019-04-01', date_end: '2019-04-10' }, true],
    ['aggregate 11 days after the range', { id: 'a', kind: 'aggregate', date_start: '2019-04-20', date_end: '2019-06-21' }, { kind: 'aggregate', date_start: '2019-07-02', date_end: '2019-07-02' }, false],
  ])('%s -> %s', (_label, gold, predicted, expected) => {
    expect(canMatch(goldEvents([gold])[0]!, eventRecord({ id: 'p', ...predicted }))).toBe(expected);
  });
});

describe('matchEvents', () => {
  // Invented report: clashes at Tal Maleh (Hama) on 19-20 June, an air strike on Jisr al-Shughur (Idlib)
  // on 20 June killing 3.
  const golds = goldEvents([
    { id: 'clashes', kind: 'incident', date_start: '2019-06-19', date_end: '2019-06-20', admin1: 'Hama', event_type: 'Battles', location: 'Tal Maleh' },
    { id: 'strike', kind: 'incident', date_start: '2019-06-20', date_end: '2019-06-20', admin1: 'Idlib', event_type: 'Explosions/Remote violence', killed: 3 },
  ]);

  it('pairs each gold event with the prediction agreeing on most fields', () => {
    const predicted = [
      eventRecord({ id: 'p1', event_date: '2019-06-20', event_type: 'Explosions/Remote violence' }),
      eventRecord({ id: 'p2', event_date: '2019-06-20', event_type: 'Explosions/Remote violence', killed_best: 3, admin1: 'Idlib' }),
      eventRecord({ id: 'p3', date_start: '2019-06-19', date_end: '2019-06-20', event_type: 'Battles', location: 'Tal Malah', admin1: 'Hama' }),
    ];
    const pairs = matchEvents(golds, predicted);
    expect(pairs.map((p) => [p.gold.id, p.predicted.id])).toEqual([
      ['clashes', 'p3'],
      ['strike', 'p2'],
    ]);
  });

  it('matches one-to-one: a second prediction of the same event stays unmatched', () => {
    const predicted = [
      eventRecord({ id: 'p1', event_date: '2019-06-20', admin1: 'Idlib', killed_best: 3 }),
      eventRecord({ id: 'p2', event_date: '2019-06-20', admin1: 'Idlib', killed_best: 3 }),
    ];
    const pairs = matchEvents([golds[1]!], predicted);
    expect(pairs.map((p) => p.predicted.id)).toEqual(['p1']);
  });

  it('gives ties to required gold events', () => {
    const [optional, required] = goldEvents([
      { id: 'optional', required: false, kind: 'incident', date_start: '2019-06-20', date_end: '2019-06-20', admin1: 'Idlib' },
      { id: 'required', kind: 'incident', date_start: '2019-06-20', date_end: '2019-06-20', admin1: 'Idlib' },
    ]);
    const pairs = matchEvents([optional!, required!], [eventRecord({ id: 'p', event_date: '2019-06-20', admin1: 'Idlib' })]);
    expect(pairs.map((p) => p.gold.id)).toEqual(['required']);
  });

  it('matches nothing when nothing is predicted', () => {
    expect(matchEvents(golds, [])).toEqual([]);
  });
});
