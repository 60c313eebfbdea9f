import { describe, expect, it } from 'vitest';
import type { PlaceMention } from '../core/mention.ts';
import { kilometres } from '../geo/near-places.ts';
import { bearingOf, offsetPlace } from './offset-place.ts';

function town(text: string, name: string, placed = true): PlaceMention {
  const start = text.indexOf(name);
  return {
    kind: 'place', span: { start, end: start + name.length }, name, placeId: 'test:1', country: 'Ukraine', iso3: 'UKR', admin1: 'Donetsk',
    admin2: 'Pokrovsk', latitude: placed ? 48 : null, longitude: placed ? 37.8 : null, level: 'town', feature: 'PPL', score: 0.9,
  };
}

describe('bearingOf', () => {
  const table: readonly (readonly [string, number])[] = [
    ['north', 0], ['east', 90], ['north-east', 45], ['northwest', 315], ['south-west', 225], ['north-north-east', 22.5], ['west-south-west', 247.5],
  ];
  it.each(table)('%s', (direction, degrees) => {
    expect(bearingOf(direction)).toBeCloseTo(degrees, 6);
  });
});

describe('offsetPlace', () => {
  const table: readonly (readonly [string, number | null, number])[] = [
    ['Shelling hit a village 39 km north-north-east of Avdiivka overnight.', 39, 22.5],
    ['The convoy was struck 5 miles south of the town of Avdiivka.', 5 * 1.609344, 180],
    ['A drone fell 12 kilometres to the west of Avdiivka.', 12, 270],
    // Negative rows: no distance, and no bearing.
    ['Shelling hit the area north of Avdiivka.', null, 0],
    ['Shelling hit a point 12 km from Avdiivka.', null, 0],
  ];
  it.each(table)('%s', (text, km, bearing) => {
    const anchor = town(text, 'Avdiivka');
    const moved = offsetPlace(text, anchor);
    if (km === null) {
      expect(moved).toBeNull();
      return;
    }
    const p = moved!.place;
    expect(kilometres(48, 37.8, p.latitude!, p.longitude!)).toBeCloseTo(km, 0);
    const north = p.latitude! - 48;
    const east = (p.longitude! - 37.8) * Math.cos((48 * Math.PI) / 180);
    expect(((Math.atan2(east, north) * 180) / Math.PI + 360) % 360).toBeCloseTo(bearing, 0);
    // The town's span and name stay, so the record's location is the town the report names.
    expect([p.span, p.name]).toEqual([anchor.span, anchor.name]);
    expect(moved!.phrase).toMatch(/of (?:the town of )?Avdiivka$/);
  });

  it('keeps the district only for a short offset, and needs a placed town', () => {
    const near = 'A mine exploded 3 km east of Avdiivka.';
    expect(offsetPlace(near, town(near, 'Avdiivka'))?.place.admin2).toBe('Pokrovsk');
    const far = 'A mine exploded 30 km east of Avdiivka.';
    expect(offsetPlace(far, town(far, 'Avdiivka'))?.place.admin2).toBeNull();
    expect(offsetPlace(far, town(far, 'Avdiivka', false))).toBeNull();
  });
});
