import type { CasualtyMention } from '../../core/mention.ts';
import type { Extractor } from '../../core/pipeline.ts';

/**
 * A coder's own decision about one event's fatalities, as ACLED notes state it: "Fatalities coded as 3",
 * "20 fatalities split across 6 events", "90 fatalities split across 5 events coded as 18". Split totals are
 * shared out evenly (ACLED gives the remainder to some of the events, so the rounded share is the likeliest).
 */
const NUMBER = '(\\d{1,6}|zero|no|one|two|three|four|five|six|seven|eight|nine|ten)';
const SPLIT = `(?:split|spilt|shared|divided|distributed)\\s+(?:in|into|across|among|between|over)\\s+(?:the\\s+)?${NUMBER}\\s+(?:events|locations|incidents)`;
const CODED = `(?:coded|recorded)\\s+(?:as|to|at)\\s+${NUMBER}\\b`;
const CODED_AS = new RegExp(`\\b(?:fatalities|fatality|casualties|deaths)\\s+(?:were\\s+|are\\s+|is\\s+)?${CODED}(?:,?\\s+and\\s+${SPLIT})?`, 'gi');
// "20 fatalities split across 6 events", "2 NRF fatalities are split among 4 events; 1 fatality coded for this event"
const SPLIT_TOTAL = new RegExp(`\\b${NUMBER}\\s+(?:[\\w-]+\\s+)?fatalities\\s+(?:were\\s+|are\\s+)?${SPLIT}(?:[,;]?\\s+(?:and\\s+)?(?:${CODED}|${NUMBER}\\s+fatalit(?:y|ies)\\s+coded\\s+for\\s+this\\s+event))?`, 'gi');
// "zero fatalities have been coded", "3 fatalities were coded"
const COUNT_CODED = new RegExp(`\\b${NUMBER}\\s+fatalit(?:y|ies)\\s+(?:have\\s+been|has\\s+been|were|are|was|is)\\s+coded\\b(?!\\s+(?:as|to|at|for)\\b)`, 'gi');
// "The number of fatalities shared across five events and coded as 7"
const SHARED_CODED = new RegExp(`\\bfatalities\\s+(?:were\\s+|are\\s+)?${SPLIT}\\s+and\\s+${CODED}`, 'gi');
const WORDS: Readonly<Record<string, number>> = { zero: 0, no: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

function valueOf(text: string | undefined): number | null {
  if (text === undefined) return null;
  return WORDS[text.toLowerCase()] ?? Number(text);
}

function share(total: number, parts: number | null): number {
  if (parts === null || parts < 1) return total;
  return total === 0 ? 0 : Math.max(1, Math.round(total / parts));
}

function mention(start: number, end: number, coded: number): CasualtyMention {
  return {
    kind: 'casualty', span: { start, end }, outcome: 'killed', figure: { low: coded, best: coded, high: coded, qualifier: null },
    group: 'people', side: null, partOf: false, additional: false, coded,
  };
}

export const codedFatalities: Extractor = {
  name: 'coded-fatalities',
  extract(_ctx, sentence) {
    const text = sentence.text;
    if (!/fatalit|casualties|deaths/i.test(text)) return [];
    const base = sentence.span.start;
    const found: CasualtyMention[] = [];
    for (const m of text.matchAll(CODED_AS)) {
      found.push(mention(base + m.index, base + m.index + m[0].length, share(valueOf(m[1])!, valueOf(m[2]))));
    }
    const overlaps = (m: RegExpMatchArray) => found.some((f) => f.span.start - base < m.index! + m[0].length && m.index! < f.span.end - base);
    for (const m of text.matchAll(SPLIT_TOTAL)) {
      if (overlaps(m)) continue;
      const coded = valueOf(m[3]) ?? valueOf(m[4]);
      found.push(mention(base + m.index, base + m.index + m[0].length, coded ?? share(valueOf(m[1])!, valueOf(m[2]))));
    }
    for (const m of text.matchAll(COUNT_CODED)) {
      if (!overlaps(m)) found.push(mention(base + m.index, base + m.index + m[0].length, valueOf(m[1])!));
    }
    for (const m of text.matchAll(SHARED_CODED)) {
      if (!overlaps(m)) found.push(mention(base + m.index, base + m.index + m[0].length, valueOf(m[2])!));
    }
    return found;
  },
};
