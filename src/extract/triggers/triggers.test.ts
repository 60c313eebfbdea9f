import { describe, expect, it } from 'vitest';
import { extractFrom } from '../../test-support/read-sentence.ts';
import { eventTriggers } from './event-triggers.ts';
import { leadLabels } from './lead-labels.ts';

// Sentences written for these tests; each row lists the trigger words found and their ACLED sub-event types.
describe('event-triggers', () => {
  it.each([
    ['Warplanes struck a bakery in the town.', [['Warplanes', 'Air/drone strike']]],
    ['Regime artillery shelled the village overnight.', [['artillery', 'Shelling/artillery/missile attack'], ['shelled', 'Shelling/artillery/missile attack']]],
    ['A roadside bomb exploded near the convoy.', [['roadside bomb', 'Remote explosive/landmine/IED'], ['exploded', 'Remote explosive/landmine/IED'], ['convoy', 'Change to group/activity']]],
    ['Hundreds of teachers staged a protest outside parliament.', [['staged a protest', 'Peaceful protest']]],
    ['Police fired tear gas at the crowd.', [['tear gas', 'Protest with intervention']]],
    ['Gunmen abducted three aid workers.', [['abducted', 'Abduction/forced disappearance']]],
    ['The bakery reopened on Sunday.', []],
    ['Calm returned to the town with no sign of fighting on Tuesday.', []],
    ['The ministry denied carrying out air strikes, but clashes went on.', [['clashes', 'Armed clash']]],
  ] as const)('%s', (sentence, expected) => {
    const { quotes, mentions } = extractFrom(eventTriggers, sentence, 'trigger');
    expect(mentions.map((m, i) => [quotes[i], m.subEventType])).toEqual(expected);
  });
});

describe('lead-labels', () => {
  it.each([
    ['Weapons seizure: On 3 May 2022, police found a cache of rifles.', 'Disrupted weapons use'],
    ['Property destruction: On 9 May 2022, troops burned a market.', 'Looting/property destruction'],
  ] as const)('%s', (sentence, sub) => {
    const { quotes, mentions } = extractFrom(leadLabels, sentence, 'trigger');
    expect(mentions.map((m) => m.subEventType)).toEqual([sub]);
    expect(quotes[0]).toBe(sentence.slice(0, sentence.indexOf(':')));
  });

  it('ignores a colon that is not a label', () => {
    expect(extractFrom(leadLabels, 'Update 1200 GMT: more shelling reported.', 'trigger').mentions).toEqual([]);
  });
});
