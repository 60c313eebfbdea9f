import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.ts';

describe('detectLanguage', () => {
  it.each([
    ['english', 'The White Helmets said that at least nine civilians were killed in the strikes on the town of Kafranbel.', 'en'],
    ['arabic', 'قالت الخوذ البيضاء إن تسعة مدنيين على الأقل قتلوا في الغارات على بلدة كفرنبل في ريف إدلب الجنوبي', 'ar'],
    ['russian', 'По данным наблюдателей, в результате авиаударов по городу погибли по меньшей мере девять мирных жителей', 'ru'],
    ['ukrainian', 'Унаслідок обстрілу міста загинули щонайменше дев’ять цивільних, повідомила обласна військова адміністрація', 'uk'],
    ['burmese', 'စစ်ကောင်စီ၏ လေကြောင်းတိုက်ခိုက်မှုကြောင့် ကျေးရွာသား အများအပြား သေဆုံးခဲ့သည်ဟု ဒေသခံများက ပြောသည်', 'my'],
    ['french is not called english', "Selon les Casques blancs, au moins neuf civils ont été tués lors des frappes sur la ville de Kafranbel.", null],
    ['too short to tell', 'Idlib 2019', null],
    ['numbers only', '12 34 56 78 90 12 34 56 78 90 12 34 56 78 90', null],
    ['empty', '', null],
  ])('%s', (_name, text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});
