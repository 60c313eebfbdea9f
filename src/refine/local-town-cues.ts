import type { Span } from '../core/span.ts';

// "a 36-year-old Palestine man", "the Jordan resident": a country's people are named by its demonym, a
// town's by its name.
const PERSON_AFTER = /^[’']?s?\s+(?:man|woman|men|women|resident|residents|native|couple|teen|teenager|boy|girl|youth|family|driver|motorcyclist)\b/i;
const ARTICLE_BEFORE = /\b(?:a|an|the)\s+(?:\d+-year-old\s+)?$/i;
// "Terry Jolly, 60, Lebanon," and "Gary Wilson, 54, of Palestine": a person's age, then where they live.
const AGE_BEFORE = /\p{Lu}\p{L}+,\s+\d{1,3},\s+(?:of\s+)?$/u;
// "400 S. Locust St., Lebanon": a street address, then its town.
const ADDRESS_BEFORE = /\b\d+\s+(?:[NSEW]\.\s+)?(?:\p{Lu}\p{L}*\s+){1,3}(?:St|Ave|Rd|Road|Street|Avenue|Blvd|Lane|Drive|Dr)\.?,\s+$/u;
// "inside the Palestine city limits", "Lebanon Street Superintendent", "Lebanon’s heavy trash day".
const TOWN_AFTER = /^\s+(?:city\s+limits|city\s+council|town\s+council|street\s+superintendent|school\s+board|elementary|middle\s+school|high\s+school)\b/i;
// "MALTA – About 5,000 books", "LEBANON (AP) —": a dateline in capitals opening the report or a paragraph.
const DATELINE_AFTER = /^(?:\s+\([A-Z]+\))?\s+[—–-]\s/;

/**
 * Whether the words around a name that is also a country's say a local report uses it as a town's: the
 * town's residents, an address, an age and a home town, a council or school, a dateline in capitals.
 */
export function localTownCue(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 60), span.start);
  const after = text.slice(span.end, span.end + 40);
  const said = text.slice(span.start, span.end);
  if (PERSON_AFTER.test(after) && ARTICLE_BEFORE.test(before)) return true;
  if (AGE_BEFORE.test(before) || ADDRESS_BEFORE.test(before) || TOWN_AFTER.test(after)) return true;
  const opening = span.start === 0 || /(?:^|[.!?]\s+|\n\s*)$/.test(before);
  return opening && said === said.toUpperCase() && /\p{Lu}{3}/u.test(said) && DATELINE_AFTER.test(after);
}
