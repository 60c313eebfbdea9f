import { describe, expect, it } from 'vitest';
import { reportersCovered, sameReporter } from './reporter-match.ts';

describe('sameReporter', () => {
  it.each<[string, string, boolean]>([
    ['Syrian Observatory for Human Rights', 'Syrian Observatory for Human Rights (SOHR)', true],
    ['SOHR', 'Syrian Observatory for Human Rights (SOHR)', true],
    ['White Helmets', 'the White Helmets', true],
    ['rebel sources', 'Rebel Sources', true],
    ['SANA', 'Hasanah News', false],
    ['White Helmets', 'SANA', false],
    ['local sources', 'rebel sources', false],
  ])('%s ~ %s -> %s', (a, b, expected) => {
    expect(sameReporter(a, b)).toBe(expected);
  });
});

describe('reportersCovered', () => {
  it.each<[string[], string[], boolean]>([
    [['White Helmets'], ['White Helmets', 'SOHR'], true],
    [['White Helmets', 'SOHR'], ['White Helmets'], false],
    [['SANA'], [], false],
  ])('%j in %j -> %s', (gold, predicted, expected) => {
    expect(reportersCovered(gold, predicted)).toBe(expected);
  });
});
