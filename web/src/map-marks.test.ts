import { describe, expect, it } from 'vitest';
import type { EventClusters } from '../../src/api/routes/map-routes.ts';
import { countRadius, describeMark, killedRadius, marksOf, MIXED_COLOUR } from './map-marks.ts';
import { markAt, type DrawnMark } from './mark-paint.ts';

const clusters = (cells: EventClusters['cells'], areas: EventClusters['areas'] = []): EventClusters => ({
  unit: 'event', count: cells.length + areas.length, unplaced: 0, zoom: 3, cells, areas, truncated: false,
});
const cell = (lon: number, count: number, type: string | null, id: string | null = null, killed = 0) => ({ lon, lat: 10, count, killed, id, event_type: type as never });
const area = (admin1: string | null, count: number, id: string | null = null) => ({ ...cell(40, count, 'Battles', id), iso3: 'SYR', admin1 });

describe('marksOf', () => {
  const points = clusters([cell(1, 1, 'Battles', 'e1', 12), cell(2, 5, null)], [area('Idlib', 1, 'e2'), area(null, 3)]);
  const tallies = clusters([cell(3, 1, 'Violence against civilians', 't1')], [area('Hama', 2)]);
  const marks = marksOf(points, tallies);

  it('draws clusters first, then tallies, then areas, then single events on top', () => {
    expect(marks.map((m) => [m.kind, m.id ?? m.admin1])).toEqual([
      ['cluster', null], ['tally', 't1'], ['tally', 'Hama'], ['area', 'e2'], ['area', null], ['event', 'e1'],
    ]);
  });

  it('never makes a point of an event placed only to an area: it is an area mark, with where it is', () => {
    expect(marks.filter((m) => m.kind === 'area').map((m) => [m.iso3, m.admin1, m.count])).toEqual([['SYR', 'Idlib', 1], ['SYR', null, 3]]);
  });

  it('sizes events by killed and groups by count, and greys a group of mixed types', () => {
    const [cluster, , , , , event] = marks;
    expect(event!.radius).toBe(killedRadius(4, 12));
    expect(cluster!.radius).toBe(countRadius(10, 5));
    expect(cluster!.colour).toBe(MIXED_COLOUR);
  });

  it.each([
    [0, 4], [9, 7], [100, 14], [900, 26], [10_000, 26], [-3, 4],
  ])('killedRadius(4, %i) is %f (by the square root, flat beyond 900)', (killed, radius) => {
    expect(killedRadius(4, killed)).toBeCloseTo(radius, 6);
  });

  it.each([
    ['event', /^One event: Battles, 12 killed\. Enter opens it\.$/],
    ['cluster', /^5 events here: mixed types\. Enter zooms in\.$/],
    ['area', /^One event placed only to an area in Idlib, SYR: Battles\. Enter opens it\.$/],
    ['tally', /^A tally \(totals over a period\): Violence against civilians\. Enter opens it\.$/],
  ] as const)('describes a %s in words for the keyboard', (kind, said) => {
    expect(describeMark(marks.find((m) => m.kind === kind)!)).toMatch(said);
  });

  it('has no marks for no answers', () => {
    expect(marksOf(null, null)).toEqual([]);
  });
});

describe('markAt', () => {
  const [under, over] = marksOf(clusters([cell(1, 1, 'Battles', 'under')]), null).concat(marksOf(clusters([cell(1, 1, 'Riots', 'over')]), null));
  const drawn: DrawnMark[] = [{ mark: under!, x: 100, y: 100, reach: 10 }, { mark: over!, x: 108, y: 100, reach: 5 }];
  it.each([
    ['the topmost where two overlap', 106, 100, 'over'],
    ['the one beneath where only it reaches', 92, 100, 'under'],
    ['nothing beside them', 130, 100, null],
  ] as const)('%s', (_label, x, y, id) => {
    expect(markAt(drawn, x, y)?.mark.id ?? null).toBe(id);
  });
});
