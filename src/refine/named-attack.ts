import type { Mention, PlaceMention } from '../core/mention.ts';
import type { Sentence } from '../core/pipeline.ts';
import { mentionsOf, type EventDraft } from './event-draft.ts';

// "In the Laghman attack, the district police chief was killed": a later paragraph names an event told above by
// its place. What it adds belongs to that event, not to a new one.

const NAMED_ATTACK =
  /\bthe ((?:\p{Lu}[\p{L}'’-]*)(?:\s\p{Lu}[\p{L}'’-]*){0,2}) (?:attack|strike|air ?strike|bombing|blast|raid|ambush|explosion|assault|shelling|massacre|killings?)\b/u;

/** The place a sentence names as "the X attack", when X is one of its place mentions. */
export function namedAttackPlace(sentence: Sentence, found: readonly Mention[]): PlaceMention | null {
  const match = NAMED_ATTACK.exec(sentence.text);
  if (!match) return null;
  const from = sentence.span.start + match.index + 4;
  const to = from + match[1]!.length;
  return mentionsOf(found as Mention[], 'place').find((p) => p.span.start >= from && p.span.end <= to) ?? null;
}

function samePlace(a: PlaceMention, b: PlaceMention): boolean {
  if (a.name === b.name) return true;
  // A province named before and a town in it now, or the other way round: "Laghman province" / "the Laghman attack".
  const province = (p: PlaceMention) => p.level === 'admin1' || p.level === 'region';
  return a.admin1 !== null && a.admin1 === b.admin1 && (province(a) || province(b));
}

function placesOf(draft: EventDraft): PlaceMention[] {
  return mentionsOf(draft.mentions as Mention[], 'place');
}

/**
 * Folds each draft that opens with "the X attack" into the one earlier draft whose places include X; when more
 * than one earlier draft names X, nothing is folded (the reference is ambiguous).
 */
export function foldNamedAttacks(drafts: readonly EventDraft[], named: ReadonlyMap<number, PlaceMention>): EventDraft[] {
  const out: EventDraft[] = [];
  for (const draft of drafts) {
    const place = named.get(draft.sentences[0]!);
    const targets = place ? out.filter((d) => d.kind === draft.kind && placesOf(d).some((p) => samePlace(p, place))) : [];
    const target = targets.length === 1 ? targets[0]! : null;
    if (!target) {
      out.push(draft);
      continue;
    }
    out[out.indexOf(target)] = {
      ...target,
      sentences: [...target.sentences, ...draft.sentences],
      mentions: [...target.mentions, ...draft.mentions],
    };
  }
  return out;
}
