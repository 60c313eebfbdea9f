import type { EventRecord } from '../core/event.ts';
import GENERIC from './generic-words.json' with { type: 'json' };

const GENERIC_WORDS = new Set<string>(GENERIC);
/** Characters of text read on each side of an evidence span: about the sentence it sits in. */
const WINDOW = 160;
const MAX_WORDS = 30;

/** Marker words for what a text says about responsibility, read by the grade. */
export const RESPONSIBILITY = '#responsibility';
export const DENIAL = '#denial';
const RESPONSIBILITY_PATTERN = /\b(claimed|claims|accepted|accepts|admitted|admits|acknowledged|acknowledges|took|takes)\s+(full\s+)?responsibility\b|\bresponsibility\s+for\b/i;
const DENIAL_PATTERN = /\b(denied|denies|deny|rejected|rejects)\s+(any\s+)?(responsibility|involvement|carrying|targeting|striking|the\s+(claim|report|accusation)s?)\b/i;

/**
 * The distinctive words (and word pairs, "school bus") of the text around an event's evidence: what lets
 * two reports of a wedding party or a school bus find each other, and two different attacks on one town
 * on one day stay apart. Common conflict vocabulary is left out; words are lower case, sorted, unique.
 */
export function eventWords(event: Pick<EventRecord, 'evidence'>, text: string): string[] {
  const spans = [...event.evidence].sort((a, b) => a.start - b.start);
  const windows: string[] = [];
  let reached = 0;
  for (const span of spans) {
    const from = Math.max(reached, span.start - WINDOW);
    const to = Math.min(text.length, span.end + WINDOW);
    if (to > from) windows.push(text.slice(from, to));
    reached = Math.max(reached, to);
  }
  const words = new Map<string, number>();
  const note = (word: string): void => {
    words.set(word, (words.get(word) ?? 0) + 1);
  };
  for (const window of windows) {
    const tokens = (window.match(/\p{L}[\p{L}'’-]*/gu) ?? []).map((t) => t.replace(/['’]s$/, ''));
    let previous: string | null = null;
    for (const token of tokens) {
      const lower = token.toLowerCase();
      const kept = lower.length >= 4 && !GENERIC_WORDS.has(lower) ? lower : null;
      if (kept) note(kept);
      // Pairs of common words ("school bus", "opening ceremony") name what happened; a name's parts are counted once.
      const common = kept !== null && token === lower;
      if (common && previous) note(`${previous} ${kept}`);
      previous = common ? kept : null;
    }
  }
  const joined = windows.join(' ');
  const ranked = [...words.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_WORDS).map(([w]) => w);
  if (RESPONSIBILITY_PATTERN.test(joined)) ranked.push(RESPONSIBILITY);
  if (DENIAL_PATTERN.test(joined)) ranked.push(DENIAL);
  return [...new Set(ranked)].sort();
}

/** Words two events share, markers left out. */
export function sharedWords(a: readonly string[], b: readonly string[]): string[] {
  const other = new Set(b);
  return a.filter((w) => !w.startsWith('#') && other.has(w));
}
