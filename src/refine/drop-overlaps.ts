import type { Mention } from '../core/mention.ts';
import type { Refiner } from '../core/pipeline.ts';
import { overlaps } from '../core/span.ts';

/**
 * Words read two ways: "March" is a month before it is a protest, "Tal Abyad" a place before a trigger.
 * Dates win over triggers and actors; places win over triggers; of two overlapping reporters the narrower wins.
 */
function keep(m: Mention, sentence: readonly Mention[]): boolean {
  // Two readings of who spoke: the narrower one is the lexicon's name for them.
  if (m.kind === 'reporter') {
    return !sentence.some(
      (other, i) =>
        other !== m && other.kind === 'reporter' && overlaps(other.span, m.span) &&
        (other.span.end - other.span.start < m.span.end - m.span.start ||
          (other.span.end - other.span.start === m.span.end - m.span.start && i < sentence.indexOf(m))),
    );
  }
  if (m.kind !== 'trigger' && m.kind !== 'actor') return true;
  return !sentence.some(
    (other) => (other.kind === 'date' || (other.kind === 'place' && m.kind === 'trigger')) && overlaps(other.span, m.span),
  );
}

export const dropOverlaps: Refiner = {
  name: 'drop-overlaps',
  refine(_ctx, state) {
    return { ...state, mentions: state.mentions.map((sentence) => sentence.filter((m) => keep(m, sentence))) };
  },
};
