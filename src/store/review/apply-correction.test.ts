import { describe, expect, it } from 'vitest';
import { testEvent } from '../store-fixtures.ts';
import { applyCorrection } from './apply-correction.ts';
import type { ReviewChanges } from './review.ts';

const base = testEvent('d', 1, {
  event_date: '2019-06-21', time_precision: 2, event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike',
  killed_low: 10, killed_best: 12, killed_high: 15, fatalities: 10,
});

describe('applyCorrection', () => {
  it.each<[string, ReviewChanges, Record<string, unknown>]>([
    ['a figure, and the conservative fatalities with it', { killed_low: 11 }, { killed_low: 11, fatalities: 11 }],
    ['the date, its range and precision', { event_date: '2019-06-20' }, { event_date: '2019-06-20', date_start: '2019-06-20', date_end: '2019-06-20', time_precision: 1 }],
    ['the type, dropping a sub-type that no longer fits', { event_type: 'Battles' }, { event_type: 'Battles', sub_event_type: null }],
    ['type and sub-type together', { event_type: 'Battles', sub_event_type: 'Armed clash' }, { event_type: 'Battles', sub_event_type: 'Armed clash' }],
    ['a place to the admin level', { location: null, admin1: 'Idlib', geo_precision: 3 }, { location: null, admin1: 'Idlib', geo_precision: 3 }],
  ])('corrects %s', (_name, changes, expected) => {
    const { event, before, after } = applyCorrection(base, changes, 'ana');
    expect(event).toMatchObject(expected);
    expect(Object.keys(after)).toEqual(expect.arrayContaining(Object.keys(changes)));
    for (const field of Object.keys(changes)) {
      expect(before[field as keyof typeof before]).toEqual(base[field as keyof typeof base]);
      expect(event.implied[field]).toBe('review/analyst: set by ana');
    }
  });

  it('keeps the sub-type when the new type still has it, and records a dropped one', () => {
    expect(applyCorrection(base, { event_type: 'Battles' }, 'ana').before).toEqual({ event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' });
  });

  it.each<[string, ReviewChanges, RegExp]>([
    ['low above best', { killed_low: 13 }, /killed: low ≤ best ≤ high/],
    ['a sub-type of another type', { sub_event_type: 'Armed clash' }, /not a kind of Explosions/],
    ['half a coordinate', { latitude: 35 }, /latitude and longitude go together/],
  ])('refuses %s', (_name, changes, message) => {
    expect(() => applyCorrection(base, changes, 'ana')).toThrow(message);
  });

  it('leaves the given event as it was', () => {
    const copy = structuredClone(base);
    applyCorrection(base, { killed_best: 14, event_type: 'Battles' }, 'ana');
    expect(base).toEqual(copy);
  });
});
