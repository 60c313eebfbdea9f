import { describe, expect, it } from 'vitest';
import { writtenTown } from './written-town.ts';

describe('writtenTown', () => {
  it.each([
    ['Pa Zi Gyi Village', 'Pa Zi Gyi', 'Pa Zi Gyi'],
    ['Qujman town', 'Qujman', 'Qujman'],
    ['Gaza City', 'Gaza', 'Gaza City'],
    ['Zaatari Camp', 'Zaatari', 'Zaatari Camp'],
    ['Hometown', 'Hometown', 'Hometown'],
    // A name that holds the word keeps it.
    ['Georgetown', 'Georgetown', 'Georgetown'],
    ['Old Town', 'Old Town', 'Old Town'],
  ])('%s (%s) is written %s', (written, name, expected) => {
    expect(writtenTown(written, name)).toBe(expected);
  });
});
