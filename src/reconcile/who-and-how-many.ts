import type { EventRecord } from '../core/event.ts';
import { sharedWords } from './event-words.ts';
import type { Feature, ReconcileItem } from './reconcile-item.ts';

/** Victim labels name no one in particular: two reports both saying "civilians" agree on nothing. */
const GENERIC_ACTOR = /^(civilians|rioters|protesters|unidentified)\b/i;

function namedActors(e: EventRecord): string[] {
  return [e.actor1, e.actor2].filter((a): a is string => a !== null && !GENERIC_ACTOR.test(a)).map((a) => a.toLowerCase());
}

export function actorFeature(a: EventRecord, b: EventRecord): Feature {
  const xa = namedActors(a);
  const xb = namedActors(b);
  const shared = xa.filter((x) => xb.includes(x));
  if (shared.length > 0) return { feature: 'actors', weight: 1, detail: `both name ${shared[0]}` };
  if (xa.length > 0 && xb.length > 0) return { feature: 'actors', weight: -0.5, detail: `${xa.join(', ')} vs ${xb.join(', ')}` };
  return { feature: 'actors', weight: 0, detail: 'a report names no actor' };
}

const SAME_TOLL = 0.2;
const RISING_TOLL = 10;
const SAME_DAY_SPREAD = 3;

/**
 * Killed figures: close figures agree; a later report with a higher toll is a rising toll, not a different
 * happening; figures wildly apart (2 soldiers against 33) are evidence of two happenings.
 */
export function figureFeature(a: ReconcileItem, b: ReconcileItem): Feature {
  const ka = a.event.killed_best;
  const kb = b.event.killed_best;
  if (ka === null || kb === null) return { feature: 'figures', weight: 0, detail: 'a report gives no toll' };
  const [low, high] = ka <= kb ? [ka, kb] : [kb, ka];
  if (high - low <= Math.max(1, SAME_TOLL * high)) return { feature: 'figures', weight: 1, detail: `${ka} and ${kb} killed` };
  if (low === 0) return { feature: 'figures', weight: -1, detail: `${ka} and ${kb} killed` };
  const [early, late] = ka <= kb ? [a, b] : [b, a];
  const later = (early.facts.published ?? '') < (late.facts.published ?? '');
  const ratio = high / low;
  if (later && ratio <= RISING_TOLL) return { feature: 'figures', weight: 0.5, detail: `toll rose from ${low} to ${high}` };
  if (!later && ratio <= SAME_DAY_SPREAD) return { feature: 'figures', weight: 0, detail: `${ka} and ${kb} killed` };
  return { feature: 'figures', weight: -2, detail: `${ka} and ${kb} killed: too far apart` };
}

const WORD_WEIGHT = 0.25;
const PAIR_WEIGHT = 0.5;
const MAX_WORDING = 2;

/** Distinctive words both reports use ("school bus", "wedding"), weighted, capped. */
export function wordingFeature(a: ReconcileItem, b: ReconcileItem): Feature {
  const shared = sharedWords(a.words, b.words);
  if (shared.length === 0) return { feature: 'wording', weight: 0, detail: 'no distinctive words shared' };
  const raw = shared.reduce((sum, w) => sum + (w.includes(' ') ? PAIR_WEIGHT : WORD_WEIGHT), 0);
  const shown = [...shared].sort((x, y) => y.length - x.length).slice(0, 5);
  return { feature: 'wording', weight: Math.min(MAX_WORDING, raw), detail: `shared: ${shown.join(', ')}` };
}
