import { describe, expect, it } from 'vitest';
import { EventFilterSchema, PageSchema, parseWith } from './event-filter.ts';

describe('EventFilterSchema', () => {
  it.each<[string, Record<string, unknown>, unknown]>([
    ['empty', {}, {}],
    ['strings coerced', { min_killed: '5', bbox: '36, 35, 37, 36' }, { min_killed: 5, bbox: { minLon: 36, minLat: 35, maxLon: 37, maxLat: 36 } }],
    ['antimeridian box kept as given', { bbox: '179,-18,-179,-16' }, { bbox: { minLon: 179, minLat: -18, maxLon: -179, maxLat: -16 } }],
    ['trimmed', { country: ' Syria ' }, { country: 'Syria' }],
  ])('accepts %s', (_name, input, expected) => {
    expect(EventFilterSchema.parse(input)).toEqual(expected);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a bad date', { from: '21/06/2019' }, 'from'],
    ['from after to', { from: '2020-01-02', to: '2020-01-01' }, 'from'],
    ['a short box', { bbox: '1,2,3' }, 'bbox'],
    ['a box with north before south', { bbox: '0,10,1,5' }, 'bbox'],
    ['a box off the globe', { bbox: '0,0,200,1' }, 'bbox'],
    ['a negative toll', { min_killed: '-1' }, 'min_killed'],
    ['a toll that is not a number', { min_killed: 'many' }, 'min_killed'],
    ['an unknown event type', { event_type: 'Skirmish' }, 'event_type'],
    ['an empty country', { country: '  ' }, 'country'],
    ['an unknown filter', { colour: 'red' }, 'colour'],
  ])('refuses %s, naming the field', (_name, input, field) => {
    const parsed = parseWith(EventFilterSchema, input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.field).toBe(field);
  });

  it('bounds page sizes', () => {
    expect(PageSchema.parse({})).toEqual({ limit: 100 });
    expect(parseWith(PageSchema, { limit: '0' }).ok).toBe(false);
    expect(parseWith(PageSchema, { limit: 5000 }).ok).toBe(false);
  });
});
