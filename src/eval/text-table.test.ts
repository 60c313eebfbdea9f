import { describe, expect, it } from 'vitest';
import { formatTable, share } from './text-table.ts';

describe('formatTable', () => {
  it('aligns text left and numbers right, with "-" for unknown', () => {
    expect(formatTable(['field', 'n', 'accuracy'], [['killed', 12, share(0.75)], ['displaced', 3, share(null)]])).toBe(
      ['field       n  accuracy', '---------  --  --------', 'killed     12     0.750', 'displaced   3         -'].join('\n'),
    );
  });

  it('prints only the header when there are no rows', () => {
    expect(formatTable(['count', 'gold'], [])).toBe('count  gold\n-----  ----');
  });
});
