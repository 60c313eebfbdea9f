import { describe, expect, it } from 'vitest';
import { createMemoryGazetteer } from './memory-gazetteer.ts';
import { parseOchaCommunities } from './ocha-communities.ts';

// Made-up communities in the layout of an OCHA table: English names as OCHA sometimes writes them, far from
// what reports write, and the Arabic names both come from.
const HEADER = 'pcode\tname_en\tname_en_ref\tname_ar\tadm2_pcode\tadm2_en\tadm1_pcode\tadm1_en\tlat\tlon';
const ROWS = [
  ['C1', 'Qoatar', 'Qoatar', 'قنطر', 'SY0701', 'Ariha', 'SY07', 'Idleb', '35.70', '36.60'],
  ['C2', 'Upper Zarzour', 'Upper Zarzour', 'زرزور فوقاني', 'SY0702', 'Harim', 'SY07', 'Idleb', '36.10', '36.40'],
  ['C3', 'Lower Zarzour', 'Lower Zarzour', 'زرزور تحتاني', 'SY0702', 'Harim', 'SY07', 'Idleb', '36.11', '36.41'],
  ['C4', 'Old', 'Old', '', 'SY0702', 'Harim', 'SY07', 'Idleb', '36.2', '36.5'],
];
const TABLE = [HEADER, ...ROWS.map((r) => r.join('\t'))].join('\n');
const parsed = parseOchaCommunities(TABLE, () => '12');
const gazetteer = createMemoryGazetteer({ places: parsed.places });
const found = (name: string): string[] => gazetteer.match(name).map((m) => `${m.place.id} d${m.distance}`);

describe('OCHA community alternates', () => {
  it('adds a Latin reading of the Arabic name and the name without its qualifier', () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.places[0]!.alternateNames).toEqual(['قنطر', 'qntr']);
    expect(parsed.places[1]!.alternateNames).toContain('Zarzour');
    // Negative row: a one-word name is never stripped to nothing.
    expect(parsed.places[3]!.alternateNames).toEqual([]);
  });

  const table: readonly (readonly [string, readonly string[]])[] = [
    // The report's spelling is two letters from the Arabic reading and far from OCHA's English.
    ['Qantar', ['ocha:C1 d2']],
    ['Zarzour', ['ocha:C2 d0', 'ocha:C3 d0']],
    ['Upper Zarzour', ['ocha:C2 d0']],
    // Negative row: another skeleton altogether.
    ['Qasr', []],
  ];
  it.each(table)('%s', (name, expected) => {
    expect(found(name)).toEqual(expected);
  });
});
