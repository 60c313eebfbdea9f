import { describe, expect, it } from 'vitest';
import { commandWord } from './command-word.ts';

describe('commandWord', () => {
  it.each([
    [['places', 'a.txt'], 'places'],
    [['--data-dir', 'eval', 'ingest', 'x'], 'ingest'],
    [['--data-dir=/tmp/d', 'serve'], 'serve'],
    [['--help'], null],
    [[], null],
    [['-h', 'export', '--format', 'acled'], 'export'],
  ])('%j is %s', (args, word) => {
    expect(commandWord(args)).toBe(word);
  });
});
