import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../core/event.ts';
import { AcledRowError, parseAcledRow } from './acled-row.ts';
import { eventRecord } from './event-record-fixture.ts';
import { scoreAcledRow, type AcledField } from './score-acled.ts';
import { summariseAcled } from './summarise-acled.ts';

// An invented ACLED-style row: shelling on Kafr Nabl, Idlib, on 3 March 2022, two killed.
const record = {
  event_id_cnty: 'SYR0001',
  event_date: '2022-03-03',
  event_type: 'Explosions/Remote violence',
  sub_event_type: 'Shelling/artillery/missile attack',
  inter1: '1',
  inter2: '7',
  country: 'Syria',
  admin1: 'Idleb',
  admin2: 'Al Mara',
  location: 'Kafr Nabl',
  latitude: '35.6138',
  longitude: '36.5611',
  geo_precision: '1',
  fatalities: '2',
  notes: 'On 3 March 2022, regime artillery shelled Kafr Nabl (Idleb), killing two civilians.',
};
const row = parseAcledRow(record, 'rows.csv', 1);

const right: Partial<EventRecord> = {
  event_date: '2022-03-03',
  event_type: 'Explosions/Remote violence',
  sub_event_type: 'Shelling/artillery/missile attack',
  inter1: 1,
  inter2: 7,
  country: 'Syria',
  admin1: 'Idlib',
  admin2: "Al Ma'ra",
  location: 'Kafr Nabl',
  latitude: 35.62,
  longitude: 36.57,
  fatalities: 2,
};

function outcome(field: AcledField, predicted: Partial<EventRecord> | null): boolean | undefined {
  const events = predicted ? [eventRecord({ id: 'e', ...predicted })] : [];
  return scoreAcledRow(row, events).outcomes.find((o) => o.field === field)?.right;
}

describe('scoreAcledRow', () => {
  it.each<[string, AcledField, Partial<EventRecord> | null, boolean]>([
    ['all right: event type', 'event_type', right, true],
    ['all right: admin1 through alias', 'admin1', right, true],
    ['all right: admin2 up to the apostrophe', 'admin2', right, true],
    ['admin2 missing', 'admin2', { ...right, admin2: null }, false],
    ['all right: coordinates within 10 km', 'coordinates', right, true],
    ['wrong sub-event', 'sub_event_type', { ...right, sub_event_type: 'Air/drone strike' }, false],
    ['fatalities off', 'fatalities', { ...right, fatalities: 3 }, false],
    ['date from date_start', 'date', { ...right, event_date: null, date_start: '2022-03-03' }, true],
    ['date a day off', 'date', { ...right, event_date: '2022-03-02' }, false],
    ['inter1 wrong', 'inter1', { ...right, inter1: 2 }, false],
    ['location spelling', 'location', { ...right, location: 'Kafr Nabl' }, true],
    ['coordinates far', 'coordinates', { ...right, latitude: 36.2, longitude: 37.1 }, false],
    ['no event: nothing right', 'event_type', null, false],
    ['no event: fatalities not read as zero', 'fatalities', null, false],
  ])('%s', (_label, field, predicted, expected) => {
    expect(outcome(field, predicted)).toBe(expected);
  });

  it('reads a null figure as ACLED 0 and a missing second actor as inter2 0', () => {
    const zero = parseAcledRow({ ...record, fatalities: '0', inter2: '0' }, 'rows.csv', 2);
    const score = scoreAcledRow(zero, [eventRecord({ id: 'e', ...right, fatalities: null, inter2: null })]);
    expect(score.outcomes.find((o) => o.field === 'fatalities')?.right).toBe(true);
    expect(score.outcomes.find((o) => o.field === 'inter2')?.right).toBe(true);
  });

  it('compares the first incident, skipping aggregates', () => {
    const events = [
      eventRecord({ id: 'tally', kind: 'aggregate', event_type: 'Battles' }),
      eventRecord({ id: 'first', ...right }),
      eventRecord({ id: 'second', event_type: 'Battles' }),
    ];
    expect(scoreAcledRow(row, events).eventId).toBe('first');
  });

  it('leaves a type the row does not state unscored (a legacy row whose old type cannot say)', () => {
    const legacy = parseAcledRow({ ...record, event_type: 'Explosions/Remote violence', sub_event_type: '' }, 'rows.csv', 4);
    const fields = scoreAcledRow(legacy, [eventRecord({ id: 'e', ...right })]).outcomes.map((o) => o.field);
    expect(fields).toContain('event_type');
    expect(fields).not.toContain('sub_event_type');
  });

  it('scores coordinates only at geo_precision 1', () => {
    const coarse = parseAcledRow({ ...record, geo_precision: '2' }, 'rows.csv', 3);
    expect(scoreAcledRow(coarse, [eventRecord({ id: 'e', ...right })]).outcomes.map((o) => o.field)).not.toContain('coordinates');
  });
});

describe('parseAcledRow', () => {
  it.each<[string, Record<string, string>, RegExp]>([
    ['bad fatalities', { ...record, fatalities: 'two' }, /rows\.csv: data row 7 \(SYR0001\): fatalities: expected a whole number/],
    ['bad date', { ...record, event_date: '03/03/2022' }, /event_date: expected YYYY-MM-DD/],
    ['missing notes column', (({ notes: _n, ...rest }) => rest)(record), /notes: Required/],
  ])('rejects %s', (_label, broken, message) => {
    expect(() => parseAcledRow(broken, 'rows.csv', 7)).toThrow(AcledRowError);
    expect(() => parseAcledRow(broken, 'rows.csv', 7)).toThrow(message);
  });
});

describe('summariseAcled', () => {
  it('tallies fields, rows without events, and event-type confusions', () => {
    const scores = [
      scoreAcledRow(row, [eventRecord({ id: 'a', ...right })]),
      scoreAcledRow(row, [eventRecord({ id: 'b', ...right, event_type: 'Battles', sub_event_type: 'Armed clash' })]),
      scoreAcledRow(row, []),
    ];
    const summary = summariseAcled(scores);
    expect(summary.rows).toBe(3);
    expect(summary.rowsWithoutEvent).toBe(1);
    expect(summary.fields.event_type).toMatchObject({ n: 3, right: 1, nWithEvent: 2, accuracyWithEvent: 0.5, target: 0.9, meetsTarget: false });
    expect(summary.fields.inter2.target).toBeNull();
    expect(summary.eventTypeErrors).toEqual([
      { gold: 'Explosions/Remote violence', predicted: '(no event)', count: 1 },
      { gold: 'Explosions/Remote violence', predicted: 'Battles', count: 1 },
    ]);
  });
});
