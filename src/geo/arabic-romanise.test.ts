import { describe, expect, it } from 'vitest';
import { romaniseArabic } from './arabic-romanise.ts';
import { placeKey, skeletonKey } from './place-key.ts';

describe('romaniseArabic', () => {
  const table: readonly (readonly [string, string])[] = [
    ['قنطر', 'qntr'],
    // The article is its own word, which name keys drop; tā' marbūṭa is a final "a".
    ['القرية', 'al qria'],
    // Waw and ya: consonants first in a word, long vowels inside it.
    ['وادي السيل', 'wadi al sil'],
    ['عين الحور', 'ain al hur'],
    ['خان شيخون', 'khan shikhun'],
    // Vowel marks and tatweel are dropped.
    ['مَـدِينَة', 'mdina'],
    // Negative rows: nothing Arabic, nothing out.
    ['Hama', ''],
    ['', ''],
  ];
  it.each(table)('%s', (arabic, latin) => {
    expect(romaniseArabic(arabic)).toBe(latin);
  });

  it('gives the consonant skeleton a report spelling has', () => {
    // What reports write for these names, and what the Arabic gives: the same skeleton.
    const pairs = [['Qantar', 'قنطر'], ['Ain al-Hour', 'عين الحور'], ['Khan Sheikhoun', 'خان شيخون']] as const;
    for (const [report, arabic] of pairs) {
      expect(skeletonKey(placeKey(romaniseArabic(arabic)))).toBe(skeletonKey(placeKey(report)));
    }
  });
});
