import { describe, expect, it } from 'vitest';
import { documentCountries, type CountryHint } from './document-countries.ts';
import type { NamedUnit } from './place-context.ts';

const province = (countryCode: string, weight = 1): NamedUnit => ({ countryCode, admin1: `${countryCode}.01`, sentence: 0, start: 0, weight });
const hint = (countryCode: string): CountryHint => ({ countryCode, weight: 0.5 });

describe('documentCountries', () => {
  const table: readonly (readonly [string, NamedUnit[], CountryHint[], string[], boolean, string | null])[] = [
    ['one country named twice', [province('MM'), province('MM')], [], ['MM'], true, 'MM'],
    ['two provinces and a demonym of a neighbour', [province('SY'), province('SY')], [hint('TR')], ['SY'], true, 'SY'],
    ['two countries named about equally', [province('IL'), province('PS')], [], ['IL', 'PS'], true, null],
    ['demonyms alone', [], [hint('IQ'), hint('IQ')], ['IQ'], true, 'IQ'],
    // Negative rows: one demonym is not enough to be strict; four countries make no focus of two.
    ['one demonym', [], [hint('IQ')], [], false, 'IQ'],
    ['four countries', [province('FR'), province('DE'), province('ES'), province('IT')], [], ['DE', 'ES', 'FR', 'IT'], false, null],
    // A bare name that is also a province abroad does not outweigh the country the report names.
    ['a bare namesake province', [province('CD'), province('BO', 0.6), province('BO', 0.6)], [], ['CD'], true, 'CD'],
    ['nothing', [], [], [], false, null],
  ];
  it.each(table)('%s', (_label, units, hints, focus, strict, dominant) => {
    const got = documentCountries(units, hints);
    expect([...got.focus].sort()).toEqual(focus);
    expect(got.strict).toBe(strict);
    expect(got.dominant).toBe(dominant);
  });
});

describe('documentCountries with the leans of settled towns', () => {
  it('keeps counting bare province names beside them, which other hints would silence', () => {
    const bare = [province('US', 0.6), province('GE', 0.6), province('US', 0.6)];
    expect([...documentCountries(bare, [], [hint('US')]).focus]).toEqual(['US']);
    // Negative: a demonym silences the bare names, as before; the lean alone is then too weak to focus.
    expect([...documentCountries(bare, [hint('GE')], [hint('US')]).focus]).toEqual([]);
  });
});
