/**
 * A cheap, honest guess at a report's language from its script and a few English function words.
 * Returns null rather than guess: Latin script without English function words may be French or Turkish.
 */
const SAMPLE = 20_000;
const MIN_LETTERS = 20;
const MAJORITY = 0.5;
// Share of words that are common English function words in ordinary English prose (typically 25-40 %).
const MIN_ENGLISH_SHARE = 0.08;
const ENGLISH = new Set(['the', 'and', 'of', 'in', 'to', 'a', 'was', 'were', 'on', 'by', 'said', 'with', 'for', 'at', 'from', 'is']);
// Letters found in Ukrainian but not Russian.
const UKRAINIAN_ONLY = /[іїєґІЇЄҐ]/;

export function detectLanguage(text: string): string | null {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let latin = 0;
  let arabic = 0;
  let cyrillic = 0;
  let myanmar = 0;
  let letters = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin += 1;
    else if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f)) arabic += 1;
    else if (c >= 0x400 && c <= 0x4ff) cyrillic += 1;
    else if (c >= 0x1000 && c <= 0x109f) myanmar += 1;
    else if (!/\p{L}/u.test(ch)) continue;
    letters += 1;
  }
  if (letters < MIN_LETTERS) return null;
  // Arabic script also writes Persian, Urdu and Pashto; in this domain Arabic is by far the likeliest.
  if (arabic / letters > MAJORITY) return 'ar';
  if (cyrillic / letters > MAJORITY) return UKRAINIAN_ONLY.test(sample) ? 'uk' : 'ru';
  if (myanmar / letters > MAJORITY) return 'my';
  if (latin / letters > MAJORITY) return looksEnglish(sample) ? 'en' : null;
  return null;
}

function looksEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.length === 0) return false;
  let hits = 0;
  for (const word of words) if (ENGLISH.has(word)) hits += 1;
  return hits / words.length >= MIN_ENGLISH_SHARE;
}
