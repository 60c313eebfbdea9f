import { describe, expect, it } from 'vitest';
import { GoldError, parseGold } from './gold-schema.ts';

// An invented report: "Shelling on Kafr Nabl killed four civilians on Tuesday, the civil defence said."
const valid = {
  doc: 'kafr-nabl',
  text_file: 'kafr-nabl.txt',
  source: 'Example Wire',
  published: '2020-03-04',
  events: [
    {
      id: 'kafr-nabl-shelling',
      kind: 'incident',
      date_start: '2020-03-03',
      date_end: '2020-03-03',
      admin1: 'Idlib',
      admin2: null,
      location: ['Kafr Nabl', 'Kafranbel'],
      event_type: 'Explosions/Remote violence',
      sub_event_type: 'Shelling/artillery/missile attack',
      actor1_inter: ['state', 'external'],
      actor2_inter: 'civilians',
      killed: 4,
      reported_by: ['Syria Civil Defence'],
      notes: 'extra fields are kept and not scored',
    },
  ],
};

describe('parseGold', () => {
  it('reads lists as lists, nulls as not scored, inter names as codes', () => {
    const gold = parseGold(valid, 'kafr-nabl.gold.json');
    const event = gold.events[0]!;
    expect(event.required).toBe(true);
    expect(event.admin1).toEqual(['Idlib']);
    expect(event.admin2).toBeUndefined();
    expect(event.sub_event_type).toEqual(['Shelling/artillery/missile attack']);
    expect(event.actor1_inter).toEqual([1, 8]);
    expect(event.actor2_inter).toEqual([7]);
  });

  it('defaults source and published to null', () => {
    const gold = parseGold({ doc: 'd', text_file: 'd.txt', events: [] }, 'd.gold.json');
    expect(gold.source).toBeNull();
    expect(gold.published).toBeNull();
  });

  it.each<[string, (g: typeof valid) => unknown, RegExp]>([
    ['unknown sub-event type', (g) => ({ ...g, events: [{ ...g.events[0], sub_event_type: ['Bombing'] }] }), /events\[0\]\(kafr-nabl-shelling\)\.sub_event_type/],
    ['bad kind', (g) => ({ ...g, events: [{ ...g.events[0], kind: 'episode' }] }), /events\[0\]\(kafr-nabl-shelling\)\.kind/],
    ['bad date', (g) => ({ ...g, published: '4 March 2020' }), /published: expected YYYY-MM-DD/],
    ['unknown inter name', (g) => ({ ...g, events: [{ ...g.events[0], actor1_inter: 'army' }] }), /actor1_inter/],
    ['negative count', (g) => ({ ...g, events: [{ ...g.events[0], killed: -1 }] }), /killed/],
    ['end before start', (g) => ({ ...g, events: [{ ...g.events[0], date_end: '2020-03-01' }] }), /date_end: date_end is before date_start/],
    ['missing events', ({ events: _e, ...rest }) => rest, /events: Required/],
  ])('rejects %s, naming the file and field', (_label, broken, message) => {
    let caught: unknown;
    try {
      parseGold(broken(valid), 'kafr-nabl.gold.json');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GoldError);
    expect((caught as Error).message).toMatch(/^kafr-nabl\.gold\.json: invalid gold reading/);
    expect((caught as Error).message).toMatch(message);
  });
});
