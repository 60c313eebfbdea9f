import { describe, expect, it } from 'vitest';
import { eventRecord } from './event-record-fixture.ts';
import { parseGold } from './gold-schema.ts';
import { scoreDocument } from './score-document.ts';
import { summariseScores } from './summarise-scores.ts';

// Invented report: a drone strike on a market in Marib city on 2021-10-31 killed 5 (the required event),
// and an envoy's visit to Aden the same day (optional: a coder may skip it).
const gold = parseGold(
  {
    doc: 'marib',
    text_file: 'marib.txt',
    published: '2021-11-01',
    events: [
      { id: 'market-strike', kind: 'incident', date_start: '2021-10-31', date_end: '2021-10-31', admin1: 'Marib', event_type: 'Explosions/Remote violence', killed: 5 },
      { id: 'envoy-visit', required: false, kind: 'incident', date_start: '2021-10-31', date_end: '2021-10-31', admin1: 'Aden', event_type: 'Strategic developments' },
      { id: 'toll', kind: 'aggregate', date_start: '2021-09-01', date_end: '2021-10-31', admin1: 'Marib', killed: 40 },
    ],
  },
  'marib.gold.json',
);

describe('scoreDocument', () => {
  it('counts hits, misses and false positives; optional matches are neither', () => {
    const predicted = [
      eventRecord({ id: 'p1', event_date: '2021-10-31', admin1: "Ma'rib", event_type: 'Explosions/Remote violence', killed_best: 4 }),
      eventRecord({ id: 'p2', event_date: '2021-10-31', admin1: 'Aden', event_type: 'Strategic developments' }),
      eventRecord({ id: 'p3', event_date: '2021-10-30', admin1: 'Taiz', event_type: 'Battles' }),
    ];
    const score = scoreDocument(gold, predicted);
    expect(score.truePositives).toBe(1);
    expect(score.falsePositives).toBe(1);
    expect(score.falseNegatives).toBe(1);
    expect(score.missed).toEqual(['toll']);
    expect(score.spurious).toEqual(['p3']);
    expect(score.optionalMatched).toEqual(['envoy-visit']);

    const summary = summariseScores([score]);
    expect(summary.events).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(summary.fields.killed).toEqual({ n: 1, right: 0, accuracy: 0 });
    expect(summary.fields.event_type).toEqual({ n: 2, right: 2, accuracy: 1 });
    expect(summary.fields.admin2).toEqual({ n: 0, right: 0, accuracy: null });
  });

  it('an empty reading: nothing right, no precision', () => {
    const summary = summariseScores([scoreDocument(gold, [])]);
    expect(summary.events).toMatchObject({ truePositives: 0, falsePositives: 0, falseNegatives: 2, precision: null, recall: 0, f1: null });
  });

  it('only wrong predictions: F1 is zero, not unknown', () => {
    const summary = summariseScores([scoreDocument(gold, [eventRecord({ id: 'p', event_date: '2020-01-01' })])]);
    expect(summary.events).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});
