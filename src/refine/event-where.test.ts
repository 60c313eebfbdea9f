import { describe, expect, it } from 'vitest';
import type { PlaceMention } from '../core/mention.ts';
import { eventWhere } from './event-where.ts';

/** The mentions a sentence's places would resolve to: `*` marks a town the gazetteer places, `#` a district. */
function mentions(text: string, names: readonly string[]): PlaceMention[] {
  let from = 0;
  return names.map((raw) => {
    const name = raw.replace(/^[*#+]/, '');
    const start = text.indexOf(name, from);
    from = start + name.length;
    // "+": placed, but far (a namesake village 170 km off).
    const far = raw.startsWith('+');
    const placed = raw.startsWith('*') || far;
    const district = raw.startsWith('#');
    return {
      kind: 'place', span: { start, end: start + name.length }, name, placeId: placed ? `test:${name}` : null, country: 'Syria', iso3: 'SYR',
      admin1: 'Aleppo', admin2: district ? name : placed ? 'Azaz' : null, latitude: placed ? (far ? 38 : 36.5) : null, longitude: placed ? 37 : null,
      level: district ? 'admin2' : 'town', feature: null, score: 0.8,
    };
  });
}

describe('eventWhere', () => {
  const table: readonly (readonly [string, readonly string[], string])[] = [
    ['Turkish troops stationed near Kefraya shelled Bsaida village.', ['*Kefraya', '*Bsaida'], 'Bsaida p1 w1 Azaz'],
    ['Rebels shelled Bsaida from Kefraya.', ['*Bsaida', '*Kefraya'], 'Bsaida p1 w1 Azaz'],
    ['A girl was found in the Bustan neighbourhood in Kefraya town.', ['Bustan', '*Kefraya'], 'Kefraya p1 w1 Azaz'],
    ['A shepherd was shot at Bustan farm near Kefraya.', ['Bustan', '*Kefraya'], 'Kefraya p2 w2 Azaz'],
    ['A mine exploded near Kefraya.', ['*Kefraya'], 'Kefraya p2 w2 Azaz'],
    // A namesake far from the town the village is said to be near is not it: the town's point, as near.
    ['A shepherd was shot at Bustan farm near Kefraya.', ['+Bustan', '*Kefraya'], 'Bustan p2 w2 Azaz'],
    ['A shepherd was shot at Bustan farm near Kefraya.', ['*Bustan', '*Kefraya'], 'Bustan p1 w1 Azaz'],
    ['Gunmen shot a man in the Bustan quarter of Kefraya city.', ['+Bustan', '*Kefraya'], 'Kefraya p1 w1 Azaz'],
    ['Gunmen shot a man in the Bustan quarter of Kefraya city.', ['*Bustan', '*Kefraya'], 'Bustan p1 w1 Azaz'],
    ['A mine exploded 4 km north of Kefraya.', ['*Kefraya'], 'Kefraya p2 w2 Azaz'],
    ['A sniper hit a boy in Bustan village, Kefraya district, Aleppo.', ['Bustan', '#Kefraya'], 'Bustan p2 w3 Kefraya'],
    // A village written before a placed town in brackets keeps its name, near the town's point.
    ['Police beat protesters in Bustan (Kefraya, Aleppo).', ['Bustan', '*Kefraya'], 'Bustan p2 w2 Azaz'],
    // A placed town before a bracket keeps its own point: the bracket names its units, maybe by a namesake town.
    ['Police beat protesters in Bustan (Kefraya, Aleppo).', ['+Bustan', '*Kefraya'], 'Bustan p1 w1 Azaz'],
    // Negative rows: a town the gazetteer cannot place is no exact point; a lone origin is still the place;
    // a list is no chain.
    ['Troops took Bustan, Kefraya and the hills.', ['Bustan', '*Kefraya'], 'Bustan p3 w4 -'],
    ['Gunmen attacked a checkpoint in Bustan.', ['Bustan'], 'Bustan p3 w4 -'],
    ['Troops stationed in Kefraya came under fire.', ['*Kefraya'], 'Kefraya p1 w1 Azaz'],
  ];
  it.each(table)('%s', (text, names, expected) => {
    const places = mentions(text, names);
    const where = eventWhere(text, places, places, []);
    expect(`${where.place?.name} p${where.geoPrecision} w${where.wherePrec} ${where.place?.admin2 ?? '-'}`).toBe(expected);
  });

  it('moves the point for a distance and bearing, and says so', () => {
    const text = 'A mine exploded 4 km north of Kefraya.';
    const places = mentions(text, ['*Kefraya']);
    const where = eventWhere(text, places, places, []);
    expect(where.place!.latitude).toBeGreaterThan(36.5);
    expect(where.implied).toBe("place/offset: 4 km north of Kefraya, a point moved from the town's");
  });

  it('gives a far namesake the point of the town it is said to be near, and says so', () => {
    const text = 'A shepherd was shot at Bustan farm near Kefraya.';
    const places = mentions(text, ['+Bustan', '*Kefraya']);
    const where = eventWhere(text, places, places, []);
    expect([where.place!.latitude, where.place!.longitude]).toEqual([36.5, 37]);
    expect(where.implied).toBe("place/near: the gazetteer's Bustan lies 167 km from Kefraya, which it is said to be near; the point of Kefraya");
  });

  it('says where a chained village took its point from', () => {
    const text = 'Police beat protesters in Bustan (Kefraya, Aleppo).';
    const places = mentions(text, ['Bustan', '*Kefraya']);
    expect(eventWhere(text, places, places, []).implied).toBe('place/chained: Bustan is not in the gazetteer; the point of Kefraya, written after it');
  });
});

describe('eventWhere, an opening region and a town inside it further on', () => {
  const region = (text: string, name: string): PlaceMention => {
    const start = text.indexOf(name);
    return {
      kind: 'place', span: { start, end: start + name.length }, name: 'Aleppo', placeId: 'admin1:SY.09', country: 'Syria', iso3: 'SYR',
      admin1: 'Aleppo', admin2: null, latitude: null, longitude: null, level: 'region', feature: 'ADM1', score: 0.9,
    };
  };
  const town = (text: string, name: string, admin1: string): PlaceMention => ({ ...mentions(text, [`*${name}`])[0]!, admin1 });
  const where = (text: string, later: PlaceMention) => {
    const opening = [region(text, 'northern Aleppo')];
    return eventWhere(text, opening, [...opening, later], []);
  };

  it('takes the town, and says why', () => {
    const text = 'Air strikes hit northern Aleppo on Monday. In Bustan, the market was destroyed.';
    const got = where(text, town(text, 'Bustan', 'Aleppo'));
    expect([got.place?.name, got.geoPrecision]).toEqual(['Bustan', 1]);
    expect(got.implied).toBe('place/finer: Bustan, named further on, lies in Aleppo');
  });

  it.each([
    ['a town in another province', 'Air strikes hit northern Aleppo on Monday. In Bustan, the market was destroyed.', 'Idlib'],
    ['the attackers\u2019 position', 'Air strikes hit northern Aleppo on Monday. Rebels fired rockets back from Bustan.', 'Aleppo'],
  ])('keeps the region for %s', (_label, text, admin1) => {
    expect(where(text, town(text, 'Bustan', admin1)).place?.level).toBe('region');
  });
});
