import { describe, expect, it } from 'vitest';
import type { EventClusters } from '../../src/api/routes/map-routes.ts';
import { describeMap, describeMatches } from './count-text.ts';

const clusters = (count: number, unplaced = 0): EventClusters => ({ unit: 'event', count, unplaced, zoom: 1, cells: [], areas: [], truncated: false });

describe('count text', () => {
  it.each([
    [{ events: 12, by_kind: { incident: 12, aggregate: 0 } }, '12 events match'],
    [{ events: 12, by_kind: { incident: 11, aggregate: 1 } }, '12 events match (11 incident reports, 1 tally)'],
    [{ events: 100000, by_kind: { incident: 94985, aggregate: 5015 } }, '100,000 events match (94,985 incident reports, 5,015 tallies)'],
  ])('says what matches: %j', (counts, text) => {
    expect(describeMatches(counts)).toBe(text);
  });

  it.each([
    ['reports, some unplaced', { points: clusters(11, 2), tallies: null }, 'event', '11 incident reports on the map; 2 without a place, not drawn; tallies not drawn.'],
    ['incidents', { points: clusters(7), tallies: null }, 'incident', '7 incidents on the map; tallies not drawn.'],
    ['reports and tallies', { points: clusters(11), tallies: clusters(3) }, 'event', '11 incident reports on the map; 3 tallies drawn as double rings.'],
    ['tallies alone', { points: null, tallies: clusters(1) }, 'event', '1 tally drawn as double rings.'],
  ] as const)('says what the map draws: %s', (_name, shown, unit, text) => {
    expect(describeMap(shown, unit)).toBe(text);
  });
});
