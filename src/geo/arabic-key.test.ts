import { describe, expect, it } from 'vitest';
import { arabicKey } from './arabic-key.ts';
import { placeKey } from './place-key.ts';

describe('arabicKey', () => {
  const same: readonly (readonly [string, string])[] = [
    ['كفر نبل', 'كَفْرُ نُبُل'],
    ['الملاجة', 'ملاجه'],
    ['تل ملح', 'تل الملح'],
    ['إدلب', 'ادلب'],
    ['معرة النعمان', 'معره نعمان'],
  ];
  it.each(same)('%s and %s share a key', (a, b) => {
    expect(arabicKey(a)).toBe(arabicKey(b));
    expect(arabicKey(a)).toMatch(/^0[a-z0-9]+$/);
  });

  const different: readonly (readonly [string, string])[] = [
    ['كفر نبل', 'كفر نبودة'],
    ['حلب', 'حماة'],
  ];
  it.each(different)('%s and %s differ', (a, b) => {
    expect(arabicKey(a)).not.toBe(arabicKey(b));
  });

  it('gives nothing for a name with no Arabic letter, and placeKey keeps Latin keys as they were', () => {
    expect(arabicKey('Idlib')).toBe('');
    expect(placeKey('Kafr Nabl')).toBe('kafrnabl');
    expect(placeKey('كفر نبل')).toBe(arabicKey('كفر نبل'));
  });
});
