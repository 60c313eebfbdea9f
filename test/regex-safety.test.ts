import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { EXTRACTORS } from '../src/extract/index.ts';
import { testContext } from '../src/test-support/read-sentence.ts';
import { segment } from '../src/text/segment.ts';
import { tokenize } from '../src/text/tokens.ts';

/**
 * Hostile text through segmentation and every extractor. A regular expression that backtracks badly turns
 * a long run of one character into minutes; here each input is 100 KB, where a quadratic pattern already
 * takes tens of seconds and a linear one milliseconds. The bound only catches hangs: speed is the bench's job.
 */

// Big enough that a quadratic pass would outlast the test's time limit by far (minutes to hours).
const SIZE = 300_000;

// Runs of one thing, each with an ending that makes a greedy pattern fail and backtrack.
const UNITS = [
  'a', 'A', '1', ' ', '.', '!', '?', ',', '-', "'", '’', '"', '(', '\n', '\t', '\n ', ' \n', '\n\n', 'é', 'e\u0301', '١', 'Ⅻ',
  '1,', '1.', '1 ', '1, ', '1-', '1/', 'a.', 'A. ', '. ', '.A', '!?', '."', 'Ab', 'AB ', 'Ab ', 'al-', 'Al ', 'ab\'',
  'May ', 'May 1 ', '1 May ', '1st ', '2022 ', '2022-', '12/', 'Monday ', 'since ', 'ago ', 'last ', 'the past ',
  'killed ', 'killing ', 'said ', 'said, ', 'Ab said ', 'according to ', 'the ', 'of ', 'a ', 'at least ',
  'between 1 and ', 'dozens of ', 'including ', 'among ', 'and 1 ', '1 people ', 'a man was ', 'air strikes ',
  'Mr. ', 'people were killed ', 'clashes ', 'Syrian ', 'regime forces ', 'the town of ', 'northern ', 'province ',
  '<p>', '&amp;', '\u0000', '\ufeff',
];
const ENDINGS = ['', 'x', 'A', '1', '.', ' A'];

function hostileTexts(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const unit of UNITS) {
    const run = unit.repeat(Math.ceil(SIZE / unit.length));
    out.push({ name: `${JSON.stringify(unit)} run`, text: run + ENDINGS[out.length % ENDINGS.length] });
  }
  // Every unit glued to the next, repeated: keywords next to the punctuation and digits they expect.
  out.push({ name: 'all units', text: UNITS.join('').repeat(Math.ceil(SIZE / UNITS.join('').length)) });
  return out;
}

/** Milliseconds spent in each stage over the whole text. */
function timeStages(text: string): Map<string, number> {
  const ctx = testContext(text, '2022-05-01');
  const times = new Map<string, number>();
  let t0 = performance.now();
  const sentences = segment(text);
  times.set('segment', performance.now() - t0);
  t0 = performance.now();
  tokenize(text);
  times.set('tokenize (whole text)', performance.now() - t0);
  for (const extractor of EXTRACTORS) {
    t0 = performance.now();
    for (const sentence of sentences) extractor.extract(ctx, sentence);
    times.set(extractor.name, performance.now() - t0);
  }
  return times;
}

describe('hostile text stays linear', () => {
  for (const { name, text } of hostileTexts()) {
    it(name, () => {
      const times = timeStages(text);
      expect([...times.keys()]).toContain('segment');
    }, 120_000);
  }
});
