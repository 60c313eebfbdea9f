import type { Mention, PlaceMention } from '../core/mention.ts';
import { mentionsOf, type EventDraft } from './event-draft.ts';

// "The number of people killed in the airstrike on Pazigyi has risen to 171" under a dateline of 14 April, and
// further down "a jet dropped bombs on Pazigyi at 8 a.m. on April 11": one strike, told as a toll and as a story.
// The toll belongs to the strike and the strike's day is the event's.

function hasToll(draft: EventDraft): boolean {
  return mentionsOf(draft.mentions as Mention[], 'casualty').some((c) => c.toll === true && c.outcome === 'killed');
}

function hasDead(draft: EventDraft): boolean {
  return mentionsOf(draft.mentions as Mention[], 'casualty').some((c) => c.outcome === 'killed' && !c.none && !c.partOf);
}

function towns(draft: EventDraft): PlaceMention[] {
  return mentionsOf(draft.mentions as Mention[], 'place').filter((p) => p.level === 'town');
}

function dayOf(draft: EventDraft): string | null {
  return mentionsOf(draft.mentions as Mention[], 'date').find((d) => !d.since && d.precision === 1)?.start ?? null;
}

/**
 * Folds each incident whose dead are a risen toll into the one other incident that names the same town, counts
 * no dead of its own and is dated earlier; the story's mentions go first, so its day dates the event.
 */
export function foldTollUpdates(drafts: readonly EventDraft[]): EventDraft[] {
  const out = [...drafts];
  for (const toll of drafts) {
    if (toll.kind !== 'incident' || !hasToll(toll)) continue;
    const names = new Set(towns(toll).map((p) => p.name));
    const tollDay = dayOf(toll);
    const stories = out.filter((d) => {
      const day = dayOf(d);
      return d !== toll && d.kind === 'incident' && !hasDead(d) && day !== null && (tollDay === null || day < tollDay) && towns(d).some((p) => names.has(p.name));
    });
    if (stories.length !== 1) continue;
    const story = stories[0]!;
    const merged: EventDraft = {
      ...story,
      sentences: [...story.sentences, ...toll.sentences].sort((a, b) => a - b),
      mentions: [...story.mentions, ...toll.mentions],
    };
    out.splice(out.indexOf(story), 1, merged);
    out.splice(out.indexOf(toll), 1);
  }
  return out;
}
