import { describe, expect, it } from 'vitest';
import { KeyBytes } from './key-folding.ts';
import { KeyWords, plainLetters } from './key-letters.ts';
import { placeKey, placeKeyInto } from './place-key.ts';

const NON_WORD = /[^a-z0-9]+/g;

/** The words as the general path reads them: the whole name through `plainLetters`, split on anything else. */
function generalWords(name: string): string[] {
  return plainLetters(name).replace(NON_WORD, ' ').trim().split(' ').filter((w) => w.length > 0);
}

function tableWords(name: string): string[] | null {
  const words = new KeyWords();
  if (!words.read(name)) return null;
  const out: string[] = [];
  for (let w = 0; w < words.count; w += 1) out.push(Buffer.from(words.bytes.subarray(words.bounds[2 * w], words.bounds[2 * w + 1])).toString('latin1'));
  return out;
}

describe('key letters', () => {
  // Names the table reads give the general path's words; `null` rows are left to the general path.
  const rows: [string, string[] | null][] = [
    ['Idlib', ['idlib']],
    ["Ma'arrat an-Nu'man", ['maarrat', 'an', 'numan']],
    ['Maʿarrat an-Nuʿmān', ['maarrat', 'an', 'numan']],
    ['Qal‘ah-ye Shahr', ['qalah', 'ye', 'shahr']],
    ['Ḩāfiz̧ān', ['hafizan']],
    ['İstanbul', ['istanbul']],
    ['Straße Øresund', ['stra', 'e', 'resund']],
    ['naïve  café-12', ['naive', 'cafe', '12']],
    // A decomposed accent joins its letter; one after a break is dropped with it.
    ['a\u0301b x-\u0301y', ['ab', 'x', 'y']],
    ["''", []],
    ['', []],
    ['A\tB\u007fC', ['a', 'b', 'c']],
    // Scripts the keys do not read are breaks, as in the general path.
    ['Ὀδυσσεύς Идлиб', []],
    // Negative rows: Arabic script, characters beyond the table, one outside the basic plane.
    ['كفر نبل', null],
    ['Kafr كفر', null],
    ['北京', null],
    ['Jalma 𐎀', null],
  ];
  it.each(rows)('%j', (name, expected) => {
    expect(tableWords(name)).toEqual(expected);
    if (expected !== null) expect(expected).toEqual(generalWords(name));
  });

  it('reads every character below the table end as the general path reads it alone and within a word', () => {
    for (let c = 0; c < 0x2020; c += 1) {
      const name = `ab${String.fromCharCode(c)}cd`;
      const table = tableWords(name);
      if (table !== null) expect([c, table]).toEqual([c, generalWords(name)]);
    }
  });
});

describe('keys folded as bytes', () => {
  const rows: [string, string][] = [
    ['Tal Maleh', 'talmal'],
    ['Tell Malah', 'talmal'],
    ['St Louis', 'saintlouis'],
    ['sankt st', 'saintsaint'],
    ['KHIRBEH', 'khirbat'],
    ['Maaret Elnaasan', 'maretnasan'],
    // Only articles: kept; a glued article is read off a later word only, and only from five letters.
    ['As', 'as'],
    ['Al Al', 'alal'],
    ['Elnaasan', 'elnasan'],
    ['Tal Elba', 'talelb'],
    ['Ramah', 'ram'],
    ['Ramih', 'rami'],
    ['aah', 'ah'],
    ['Deir ez-Zor', 'dayrzor'],
    ['كفر نبل', '0kfrnbl'],
    ['Ὀδυσσεύς', ''],
    ['--', ''],
  ];
  it.each(rows)('%s -> %s', (name, expected) => {
    const key = new KeyBytes();
    placeKeyInto(name, key);
    expect(key.toString()).toBe(expected);
    expect(placeKey(name)).toBe(expected);
  });

  it('grows its bytes for a long name of short variants', () => {
    const key = new KeyBytes();
    const name = Array.from({ length: 40 }, () => 'st').join(' ');
    placeKeyInto(name, key);
    expect(key.toString()).toBe('saint'.repeat(40));
  });
});
