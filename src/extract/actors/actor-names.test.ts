import { describe, expect, it } from 'vitest';
import { extractFrom } from '../../test-support/read-sentence.ts';
import { actorNames } from './actor-names.ts';

// Sentences written for these tests: [quote, actor name, inter code].
describe('actor-names', () => {
  it.each([
    ['Regime forces shelled Kafranbel.', [['Regime forces', 'Military Forces of Syria', 1]]],
    ['Turkish soldiers returned fire.', [['Turkish soldiers', 'Military Forces of Turkey', 1]]],
    ['Nigerian police arrested six men.', [['Nigerian police', 'Police Forces of NG', 1], ['men', 'Civilians', 7]]],
    ['Fighters of Hay’at Tahrir al-Sham attacked the post.', [['Hay’at Tahrir al-Sham', "Hay'at Tahrir al-Sham", 2]]],
    ['Al-Shabaab claimed the attack.', [['Al-Shabaab', 'Al Shabaab', 2]]],
    ['The harvest was late this year.', []],
  ] as const)('%s', (sentence, expected) => {
    const { quotes, mentions } = extractFrom(actorNames, sentence, 'actor');
    expect(mentions.map((m, i) => [quotes[i], m.name, m.inter])).toEqual(expected);
  });
});
