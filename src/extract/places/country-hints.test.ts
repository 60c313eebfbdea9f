import { describe, expect, it } from 'vitest';
import { segment } from '../../text/segment.ts';
import { tokenize } from '../../text/tokens.ts';
import { DEMONYMS } from '../lexicon/index.ts';
import { countryHints } from './country-hints.ts';

const codes = (text: string): string[] => countryHints(text, segment(text), []).map((h) => h.countryCode);
// What the whole text's tokens say, the reading the sentence tokens must agree with.
const byWholeText = (text: string): string[] => tokenize(text).flatMap((t) => DEMONYMS.get(t.norm) ?? []);

describe('countryHints', () => {
  const long = 'x'.repeat(3994);
  const table: readonly (readonly [string, string])[] = [
    ['two sentences', 'Syrian jets struck. Iraqi forces replied.'],
    ['paragraphs', 'Syrian jets struck.\n\nIraqi forces replied.\nRussian advisers left.'],
    ['an apostrophe word', "Hay'at fighters and Syrian troops."],
    // Negative rows: no demonym, and an overlong word the segmenter cuts inside, which must not become one.
    ['no demonym', 'Jets struck the town of Hama.'],
    ['a word cut by the segmenter', `${long}Syrian${'y'.repeat(5000)} said.`],
    ['a cut right before a demonym', `${long.slice(0, 3999)}Syrian fighters.`],
  ];
  it.each(table)('%s', (_label, text) => {
    expect(codes(text)).toEqual(byWholeText(text));
  });

  it('finds the demonyms of ordinary text', () => {
    expect(codes('Syrian jets struck. Iraqi forces replied.')).toEqual(['SY', 'IQ']);
  });
});
