import { describe, expect, it } from 'vitest';
import { timelineColumns } from '../../src/api/routes/timeline-columns.ts';
import { EVENT_TYPE_NAMES, TYPE_COLOURS } from './event-colours.ts';
import { stackSeries } from './timeline-series.ts';
import { NO_ACTOR, OTHER_ACTORS, stackOf, stackStyle } from './timeline-stack.ts';

const bucket = (period: string, key: string | null, events: number) => ({ period, key, events, killed: 0 });

describe('stackStyle', () => {
  const columns = timelineColumns([
    bucket('2024-03-04', 'Rapid Support Forces', 1),
    bucket('2024-03-04', 'Sudanese Armed Forces', 2),
    bucket('2024-03-11', 'Rapid Support Forces', 3),
    bucket('2024-03-11', OTHER_ACTORS, 5),
    bucket('2024-03-11', null, 1),
    bucket('2024-03-18', 'Darfur Joint Protection Force', 2),
  ]);

  it('stacks actors by their events over the view, largest at the foot, then the rest, then no actor', () => {
    const style = stackStyle('actor', columns);
    const series = stackSeries(columns, 'events', style.order, style.nullName);
    // Ties in text order: the Darfur force (2) before the army (2).
    expect(series.keys).toEqual(['Rapid Support Forces', 'Darfur Joint Protection Force', 'Sudanese Armed Forces', OTHER_ACTORS, NO_ACTOR]);
    const colours = series.keys.map((k) => style.colour(k));
    expect(new Set(colours.slice(0, 3)).size).toBe(3);
    expect(colours[3]).not.toBe(colours[4]);
    expect(colours.slice(3).every((c) => /^#([89a-f][0-9a-f])\1\1$/i.test(c))).toBe(true);
  });

  it('stacks types in their fixed order and colours, as the map draws them', () => {
    const style = stackStyle('event_type', timelineColumns([bucket('2024-03-04', 'Protests', 1), bucket('2024-03-04', 'Battles', 1)]));
    expect(style.order).toEqual(EVENT_TYPE_NAMES);
    expect(style.colour('Battles')).toBe(TYPE_COLOURS.Battles);
  });

  it.each([
    ['?stack=actor&country=Sudan', 'actor'],
    ['?stack=type', 'event_type'],
    ['', 'event_type'],
  ] as const)('reads the stacking from the address %s', (search, stack) => {
    expect(stackOf(search)).toBe(stack);
  });
});
