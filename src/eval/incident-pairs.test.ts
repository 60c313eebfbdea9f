import { describe, expect, it } from 'vitest';
import { scoreIncidentPairs } from './incident-pairs.ts';

describe('scoreIncidentPairs', () => {
  const gold = [['a', 'b', 'c'], ['d'], ['e', 'f']];
  it.each([
    ['perfect', [['a', 'b', 'c'], ['d'], ['e', 'f']], { true_positives: 4, false_positives: 0, false_negatives: 0 }],
    ['all apart', [['a'], ['b'], ['c'], ['d'], ['e'], ['f']], { true_positives: 0, false_positives: 0, false_negatives: 4 }],
    ['one glued', [['a', 'b', 'c', 'd'], ['e', 'f']], { true_positives: 4, false_positives: 3, false_negatives: 0 }],
    ['reports outside gold ignored', [['a', 'b', 'x'], ['c'], ['d', 'y'], ['e', 'f']], { true_positives: 2, false_positives: 0, false_negatives: 2 }],
    ['one report in two incidents', [['a', 'b'], ['b', 'c'], ['e', 'f']], { true_positives: 3, false_positives: 0, false_negatives: 1 }],
  ])('%s', (_name, predicted, expected) => {
    expect(scoreIncidentPairs(gold, predicted)).toMatchObject(expected);
  });

  it('computes precision and recall, and names the pairs it got wrong', () => {
    const scores = scoreIncidentPairs(gold, [['a', 'b', 'd'], ['c'], ['e', 'f']]);
    expect(scores.precision).toBeCloseTo(2 / 4);
    expect(scores.recall).toBeCloseTo(2 / 4);
    expect(scores.wrong).toContainEqual({ a: 'a', b: 'd', gold: false });
    expect(scores.wrong).toContainEqual({ a: 'a', b: 'c', gold: true });
  });
});
