import { describe, expect, it } from 'vitest';
import { localTownCue } from './local-town-cues.ts';

/** The cue for the name between brackets, which are taken out of the text. */
function cue(marked: string): boolean {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return localTownCue(marked.replace('[', '').replace(']', ''), { start, end });
}

describe('localTownCue', () => {
  const table: readonly (readonly [string, boolean])[] = [
    ['A 36-year-old [Palestine] man was arrested on Friday.', true],
    ['The [Jordan] resident was flown to a hospital.', true],
    ['Terry Jolly, 60, [Lebanon], was arrested Thursday.', true],
    ['Gary Wilson, 54, of [Palestine] was sentenced on Friday.', true],
    ['Services are at the church, 400 S. Locust St., [Lebanon].', true],
    ['The stop happened inside the [Palestine] city limits.', true],
    ['[MALTA] – About 5,000 books were stacked on tables.', true],
    ['Storms passed. [LEBANON] (AP) — A pathologist testified on Monday.', true],
    // Negative rows: a country as itself, a dateline in ordinary case, a country named after an age elsewhere.
    ['Troops left [Lebanon] on Monday.', false],
    ['A [Lebanon] ceasefire held.', false],
    ['[Lebanon] – the talks resumed.', false],
    ['Refugees from [Jordan] and Syria arrived, aged 30 to 40.', false],
    ['BEIRUT, [LEBANON] (AP) — Talks resumed.', false],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(cue(text)).toBe(expected);
  });
});
