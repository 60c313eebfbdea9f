import { describe } from 'vitest';
import { testDateTable } from './date-table.ts';

// The refiners run over every parser's output, so these rows go through the whole list.
describe('drop-overlaps', () => {
  testDateTable([
    ['A car bomb went off on June 20, 2019 downtown.', '2019-06-21', [['June 20, 2019', '2019-06-20', '2019-06-20', 1, 'stated']]],
    ['Jets struck on Thursday, 20 June near the river.', '2019-06-21', [['Thursday, 20 June', '2019-06-20', '2019-06-20', 1]]],
    ['In the last week, raids hit 12 villages.', '2019-06-21', [['the last week', '2019-06-14', '2019-06-21', 2]]],
  ]);
});

describe('merge-ranges', () => {
  testDateTable([
    ['Roads were shut from 3 March 2019 to 5 April 2019.', null, [['from 3 March 2019 to 5 April 2019', '2019-03-03', '2019-04-05', 3, 'stated']]],
    ['Sieges between 2018-05-01 and 2018-05-04 were reported.', null, [['between 2018-05-01 and 2018-05-04', '2018-05-01', '2018-05-04', 2, 'stated']]],
    // "and" without "between" lists two dates rather than a range.
    ['Raids on 3 March 2019 and 5 April 2019 hit the camp.', null, [['3 March 2019', '2019-03-03', '2019-03-03', 1, 'stated'], ['5 April 2019', '2019-04-05', '2019-04-05', 1, 'stated']]],
    // A range that runs backwards is not merged.
    ['From 5 April 2019 to 3 March 2019 is backwards.', null, [['5 April 2019', '2019-04-05', '2019-04-05', 1, 'stated'], ['3 March 2019', '2019-03-03', '2019-03-03', 1, 'stated']]],
  ]);
});

describe('mark-since', () => {
  testDateTable([
    ['Since Wednesday, at least 40 people have been killed.', '2019-06-21', [['Since Wednesday', '2019-06-19', '2019-06-21', 2, 'since']]],
    ['Since late April, 350 civilians have died.', '2019-06-21', [['Since late April', '2019-04-21', '2019-06-21', 3, 'since']]],
    ['Strikes have continued since May 6.', '2019-06-21', [['since May 6', '2019-05-06', '2019-06-21', 3, 'since']]],
    ['Arrests have doubled since the start of the year.', '2019-06-21', [['since the start of the year', '2019-01-01', '2019-06-21', 3, 'since']]],
    ['The war has killed half a million people since 2011.', '2019-06-21', [['since 2011', '2011-01-01', '2019-06-21', 3, 'since']]],
    // Without a publication date the period keeps its own end.
    ['The toll is 30 since the jets returned in the afternoon of 10 February.', '2019-02-14', [['since the jets returned in the afternoon of 10 February', '2019-02-10', '2019-02-14', 2, 'since']]],
    ['Since the offensive began on May 6, 300 people have died.', '2019-06-21', [['Since the offensive began on May 6', '2019-05-06', '2019-06-21', 3, 'since']]],
    ['Since he moved to Idlib on 4 May, the shop has been shut.', '2019-06-21', [['4 May', '2019-05-04', '2019-05-04', 1]]],
    ['Nobody has returned since 3 March 2019.', null, [['since 3 March 2019', '2019-03-03', '2019-03-03', 1, 'since']]],
  ]);
});
