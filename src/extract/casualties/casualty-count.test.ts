import { describe, expect, it } from 'vitest';
import { extractFrom } from '../../test-support/read-sentence.ts';
import { casualtyCount } from './casualty-count.ts';
import { noCasualties } from './no-casualties.ts';

/** [quote, outcome, best, group, flags]: flags "part" for breakdowns, "add" for "another"/joined figures. */
type Row = readonly [sentence: string, expected: readonly (readonly [string, string, number, string, string?])[]];

// Sentences written for these tests in the style of monitor bulletins and wire copy.
const ROWS: readonly Row[] = [
  ['Rescuers said 17 civilians were killed when shells hit the market.', [['17 civilians', 'killed', 17, 'civilians']]],
  ['At least 13 people died in the raid on Kafranbel.', [['At least 13 people', 'killed', 13, 'people']]],
  ['The strike killed nine children and wounded a dozen others.', [['nine children', 'killed', 9, 'children'], ['a dozen others', 'wounded', 12, 'people']]],
  ['Another 28 people were wounded.', [['28 people', 'wounded', 28, 'people', 'add']]],
  ['Among the dead were 4 children, a woman and 2 paramedics.', [['4 children', 'killed', 4, 'children', 'part'], ['a woman', 'killed', 1, 'women', 'part'], ['2 paramedics', 'killed', 2, 'medics', 'part']]],
  ['Five people, including a boy, were killed on the road to Saraqib.', [['Five people', 'killed', 5, 'people'], ['a boy', 'killed', 1, 'children', 'part']]],
  ['More than 100 government troops were killed, the group claimed.', [['More than 100 government troops', 'killed', 100, 'combatants']]],
  ['An estimated 40,000 have fled their homes since the shelling began.', [['An estimated 40,000', 'displaced', 40000, 'people']]],
  ['Gunmen shot dead a local council member in the village.', [['a local council member', 'killed', 1, 'people']]],
  ['A teacher was killed and his son was injured.', [['A teacher', 'killed', 1, 'people'], ['his son', 'wounded', 1, 'children']]],
  ['Militants killed 6 villagers in Tillia and 3 villagers in Intazayene.', [['6 villagers', 'killed', 6, 'people'], ['3 villagers', 'killed', 3, 'people', 'add']]],
  ['Eight soldiers and 2 militiamen were killed in the ambush.', [['Eight soldiers', 'killed', 8, 'combatants'], ['2 militiamen', 'killed', 2, 'combatants', 'add']]],
  ['Dozens of protesters were injured by tear gas.', [['Dozens of protesters', 'wounded', 24, 'people']]],
  ['The attackers killed 30 head of cattle and burned two houses.', []],
  ['Aircraft struck two workshops overnight, killing 15 labourers.', [['15 labourers', 'killed', 15, 'people']]],
  ['Three herders were wounded when the mine went off.', [['Three herders', 'wounded', 3, 'people']]],
  ['The raiders killed 40 sheep and wounded 2 shepherds.', [['2 shepherds', 'wounded', 2, 'people']]],
  ['Two militants (suspected members of the group) were killed in the raid.', [['Two militants', 'killed', 2, 'combatants']]],
  ['The village general was killed later that day.', [['The village general', 'killed', 1, 'people']]],
  ['A shopkeeper was shot six times and killed outside his store.', [['A shopkeeper', 'killed', 1, 'people']]],
  ['Raiders fired on the herders, killing one and wounding two.', [['one', 'killed', 1, 'people'], ['two', 'wounded', 2, 'people']]],
  ['Gunmen shot and killed the ward administrator at dawn.', [['the ward administrator', 'killed', 1, 'people']]],
  ['The shooting ended the night. 1 fatality.', [['1', 'killed', 1, 'people']]],
  ['Three bodies were recovered from the river.', [['Three bodies', 'killed', 3, 'people']]],
  ['The body of a shepherd was found near the well.', [['a shepherd', 'killed', 1, 'people']]],
  ["Hundreds held a 'Bans Off Our Bodies' rally and the student body met.", []],
  ["A trader's body was found near the market.", [["A trader's", 'killed', 1, 'people']]],
  ['One person died, four were injured.', [['One person', 'killed', 1, 'people'], ['four', 'wounded', 4, 'people']]],
  ['The head of the village guard was killed.', [['The head of the village guard', 'killed', 1, 'people']]],
  ['Nine militants were killed or injured in the strikes.', []],
  ['The gang had earlier killed a trader (coded separately).', []],
  ['He was dragged from his home by three armed men, shot, and killed.', []],
  ['A villager died, and another villager sustained a gunshot wound.', [['A villager', 'killed', 1, 'people']]],
  ['The district police chief was killed along with three others.', [['three others', 'killed', 4, 'people']]],
  ['The chief was killed along with three others.', [['three others', 'killed', 4, 'people']]],
  ['The convoy of 40 trucks reached Idlib on 12 June.', []],
  ['Fighting has displaced about 3 million people since 2011.', [['about 3 million people', 'displaced', 3_000_000, 'people']]],
  ['At 1200 GMT, the 5th Army Corps moved north.', []],
  [
    'As more of the injured die, it rose to 9 including 3 children, the number of martyrs documented in the raids on the town.',
    [['9', 'killed', 9, 'people'], ['3 children', 'killed', 3, 'children', 'part']],
  ],
  ['Since the strikes resumed it has climbed to 40, the number of people wounded in the district.', [['40', 'wounded', 40, 'people']]],
  ['Medics said the injuries were severe and the death toll rose to 12 by evening.', [['12', 'killed', 12, 'people']]],
  ['Shelling killed 3 more, which raised the number of people killed since Monday to 21 civilians.', [['3', 'killed', 3, 'people'], ['21 civilians', 'killed', 21, 'civilians']]],
  ['Nine people at least including 4 children had suffocated.', [['Nine people', 'killed', 9, 'people'], ['4 children', 'killed', 4, 'children', 'part']]],
  ['The convoy took the road to 5 villages near the front.', []],
];

describe('casualty-count', () => {
  it.each(ROWS)('%s', (sentence, expected) => {
    const { quotes, mentions } = extractFrom(casualtyCount, sentence, 'casualty');
    const got = mentions.map((m, i) => {
      const flags = [m.partOf ? 'part' : '', m.additional || m.joined ? 'add' : ''].filter(Boolean).join(',');
      return flags ? [quotes[i], m.outcome, m.figure.best, m.group, flags] : [quotes[i], m.outcome, m.figure.best, m.group];
    });
    expect(got).toEqual(expected);
  });

  it('keeps the qualifier and the open upper bound of "more than"', () => {
    const { mentions } = extractFrom(casualtyCount, 'More than 20 fighters were killed.', 'casualty');
    expect(mentions[0]?.figure).toEqual({ low: 20, best: 20, high: null, qualifier: 'more than' });
  });

  it('refuses an absurd figure rather than reporting it', () => {
    expect(extractFrom(casualtyCount, '999999999999 people were killed in the city.', 'casualty').mentions).toEqual([]);
  });
});

describe('no-casualties', () => {
  it.each([
    ['There were no casualties.', 'none'],
    ['Casualties unknown.', 'unknown'],
    ['No one was hurt in the blast.', 'none'],
  ] as const)('%s', (sentence, none) => {
    const { mentions } = extractFrom(noCasualties, sentence, 'casualty');
    expect(mentions.map((m) => m.none)).toEqual([none]);
  });

  it('says nothing when casualties are given', () => {
    expect(extractFrom(noCasualties, 'Two people were killed.', 'casualty').mentions).toEqual([]);
  });
});
