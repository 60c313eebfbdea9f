import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../core/event.ts';
import { eventRecord } from './event-record-fixture.ts';
import { scoreFields, type FieldName } from './field-scores.ts';
import { parseGold, type GoldEvent } from './gold-schema.ts';

function goldEvent(fields: Record<string, unknown>): GoldEvent {
  const gold = parseGold({ doc: 'd', text_file: 'd.txt', events: [{ id: 'g', kind: 'incident', ...fields }] }, 'd.gold.json');
  return gold.events[0]!;
}

function outcomeOf(field: FieldName, gold: Record<string, unknown>, predicted: Partial<EventRecord>): boolean | null {
  const found = scoreFields(goldEvent(gold), eventRecord({ id: 'p', ...predicted })).find((o) => o.field === field);
  return found ? found.right : null;
}

// Invented report behind most rows: an air strike on Maarat al-Numan (Idlib) on 2019-06-20 killed seven
// civilians, two of them children, and wounded twelve, the Syria Civil Defence said.
describe('scoreFields', () => {
  it.each<[string, FieldName, Record<string, unknown>, Partial<EventRecord>, boolean | null]>([
    ['event type equal', 'event_type', { event_type: 'Battles' }, { event_type: 'Battles' }, true],
    ['event type differs', 'event_type', { event_type: 'Battles' }, { event_type: 'Explosions/Remote violence' }, false],
    ['event type not coded', 'event_type', {}, { event_type: 'Battles' }, null],
    ['sub-event in list', 'sub_event_type', { sub_event_type: ['Air/drone strike', 'Shelling/artillery/missile attack'] }, { sub_event_type: 'Shelling/artillery/missile attack' }, true],
    ['sub-event not in list', 'sub_event_type', { sub_event_type: ['Air/drone strike'] }, { sub_event_type: 'Grenade' }, false],
    ['sub-event missing', 'sub_event_type', { sub_event_type: ['Air/drone strike'] }, {}, false],
    ['killed from best', 'killed', { killed: 7 }, { killed_best: 7, fatalities: 5 }, true],
    ['killed from fatalities when no best', 'killed', { killed: 7 }, { fatalities: 7 }, true],
    ['killed best wins over fatalities', 'killed', { killed: 7 }, { killed_best: 6, fatalities: 7 }, false],
    ['killed zero needs a zero', 'killed', { killed: 0 }, {}, false],
    ['more than 100: predicted low', 'killed', { killed_low: 100, killed_qualifier: 'more than' }, { killed_low: 100, killed_best: 120 }, true],
    ['more than 100: best alone is not the low', 'killed', { killed_low: 100, killed_qualifier: 'more than' }, { killed_best: 100 }, false],
    ['wounded from best', 'wounded', { wounded: 12 }, { wounded_best: 12 }, true],
    ['wounded low is not best', 'wounded', { wounded: 12 }, { wounded_low: 12 }, false],
    ['children', 'killed_children', { killed_children: 2 }, { killed_children: 2 }, true],
    ['women off by one', 'killed_women', { killed_women: 1 }, { killed_women: 2 }, false],
    ['civilians', 'killed_civilians', { killed_civilians: 7 }, { killed_civilians: 7 }, true],
    ['displaced', 'displaced', { displaced: 330000 }, { displaced: 33000 }, false],
    ['incident date exact', 'date', { date_start: '2019-06-20', date_end: '2019-06-20' }, { event_date: '2019-06-20' }, true],
    ['incident date a day off', 'date', { date_start: '2019-06-20', date_end: '2019-06-20' }, { date_start: '2019-06-21', date_end: '2019-06-21' }, false],
    ['incident range end differs', 'date', { date_start: '2019-06-19', date_end: '2019-06-20' }, { date_start: '2019-06-19', date_end: '2019-06-19' }, false],
    ['aggregate within 10 days', 'date', { kind: 'aggregate', date_start: '2019-04-20', date_end: '2019-06-21' }, { kind: 'aggregate', date_start: '2019-04-30', date_end: '2019-06-21' }, true],
    ['aggregate 11 days off', 'date', { kind: 'aggregate', date_start: '2019-04-20', date_end: '2019-06-21' }, { kind: 'aggregate', date_start: '2019-05-01', date_end: '2019-06-21' }, false],
    ['undated prediction', 'date', { date_start: '2019-06-20', date_end: '2019-06-20' }, {}, false],
    ['undated gold not scored', 'date', {}, { event_date: '2019-06-20' }, null],
    ['admin1 alias', 'admin1', { admin1: 'Idlib' }, { admin1: 'Idleb' }, true],
    ['admin1 any of list', 'admin1', { admin1: ['Idlib', 'Hama'] }, { admin1: 'Hamah' }, true],
    ['admin1 wrong', 'admin1', { admin1: 'Idlib' }, { admin1: 'Aleppo' }, false],
    ['admin2 null not scored', 'admin2', { admin2: null }, { admin2: 'Maarat al-Numan' }, null],
    ['location spelling', 'location', { location: "Ma'arrat al-Nu'man" }, { location: 'Maarat an-Numan' }, true],
    ['location missing', 'location', { location: 'Kafr Nabl' }, {}, false],
    ['coordinates within 10 km', 'coordinates', { geo_precision: 'town', latitude: 35.648, longitude: 36.674 }, { latitude: 35.7, longitude: 36.7 }, true],
    ['coordinates 30 km off', 'coordinates', { geo_precision: 'town', latitude: 35.648, longitude: 36.674 }, { latitude: 35.93, longitude: 36.63 }, false],
    ['coordinates of a province not scored', 'coordinates', { geo_precision: 'admin1', latitude: 35.9, longitude: 36.6 }, { latitude: 35.9, longitude: 36.6 }, null],
    ['inter1 one of list', 'inter1', { actor1_inter: ['state', 'external'] }, { inter1: 8 }, true],
    ['inter1 wrong', 'inter1', { actor1_inter: 'state' }, { inter1: 2 }, false],
    ['inter2 civilians', 'inter2', { actor2_inter: 'civilians' }, { inter2: 7 }, true],
    ['inter2 unknown', 'inter2', { actor2_inter: 'civilians' }, {}, false],
    ['reporter substring', 'reported_by', { reported_by: ['Syria Civil Defence'] }, { reported_by: ['the Syria Civil Defence (White Helmets)'] }, true],
    ['reporter missing', 'reported_by', { reported_by: ['Syria Civil Defence'] }, { reported_by: ['SANA'] }, false],
    ['no gold reporter not scored', 'reported_by', { reported_by: [] }, { reported_by: ['SANA'] }, null],
  ])('%s', (_label, field, gold, predicted, expected) => {
    expect(outcomeOf(field, gold, predicted)).toBe(expected);
  });

  it('does not mutate its inputs', () => {
    const gold = Object.freeze(goldEvent({ killed: 3, admin1: 'Idlib' }));
    const predicted = Object.freeze(eventRecord({ id: 'p', killed_best: 3 }));
    expect(() => scoreFields(gold, predicted)).not.toThrow();
  });
});
