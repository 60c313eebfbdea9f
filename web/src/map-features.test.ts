import { describe, expect, it } from 'vitest';
import { TYPE_COLOURS, UNTYPED_COLOUR } from './event-colours.ts';
import { pointFeatures } from './map-features.ts';

describe('pointFeatures', () => {
  it('makes one feature per point, coloured by type, with exact places apart from area anchors', () => {
    const collection = pointFeatures({
      count: 3, unplaced: 1, types: ['Battles', 'Protests'],
      id: ['a', 'b'], lon: [36.6, 44.4], lat: [35.9, 33.3], type: [1, -1], killed: [0, 12], exact: [1, 0],
    } as never);
    expect(collection.features).toEqual([
      { type: 'Feature', geometry: { type: 'Point', coordinates: [36.6, 35.9] }, properties: { id: 'a', colour: TYPE_COLOURS.Protests, killed: 0, exact: 1 } },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [44.4, 33.3] }, properties: { id: 'b', colour: UNTYPED_COLOUR, killed: 12, exact: 0 } },
    ]);
  });
});
