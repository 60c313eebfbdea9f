import { describe, expect, it } from 'vitest';
import { extractFrom } from '../../test-support/read-sentence.ts';
import { reporterNames } from './reporter-names.ts';
import { speakerPhrases } from './speaker-phrases.ts';

// Attribution sentences written for these tests.
describe('reporter-names', () => {
  it.each([
    ['The White Helmets said rescuers pulled 6 bodies from the rubble.', [['White Helmets', 'White Helmets', 'rescue NGO']]],
    ['According to the Syrian Observatory, 12 fighters died.', [['Syrian Observatory', 'Syrian Observatory for Human Rights (SOHR)', 'monitor']]],
    ['Local officials told reporters the market was hit twice.', [['Local officials', 'Local officials', 'unnamed']]],
    ['Residents fled the town before dawn.', []],
    ['The army shelled the ridge overnight.', []],
  ] as const)('%s', (sentence, expected) => {
    const { quotes, mentions } = extractFrom(reporterNames, sentence, 'reporter');
    expect(mentions.map((m, i) => [quotes[i], m.name, m.type])).toEqual(expected);
  });

  it('names an outlet it does not know after "according to"', () => {
    const { mentions } = extractFrom(reporterNames, 'Four people died, according to Kachin News Group.', 'reporter');
    expect(mentions.map((m) => m.name)).toEqual(['Kachin News Group']);
  });
});

describe('speaker-phrases', () => {
  it.each([
    ['The provincial governor said 5 police were killed.', ['provincial governor']],
    ['"We buried nine people," said a local council member.', ['local council member']],
    ['Abdul Karim, head of the district hospital, told reporters the toll had risen.', ['head of the district hospital']],
    ['The attack claimed the lives of 6 people.', []],
    ['An estimated 2,000 families fled.', []],
    ['He said the road was closed.', []],
    ['Coalition jets carried out raids on Sunday, the ministry said.', ['ministry']],
    ['The shelling, which began at dawn, said nothing about the cause.', []],
  ] as const)('%s', (sentence, expected) => {
    const { quotes } = extractFrom(speakerPhrases, sentence, 'reporter');
    expect(quotes).toEqual(expected);
  });
});
