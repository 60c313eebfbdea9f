import type { Mention } from '../core/mention.ts';
import type { Refiner } from '../core/pipeline.ts';
import { overlaps } from '../core/span.ts';

/**
 * Words read two ways: "March" is a month before it is a protest, "Tal Abyad" a place before a trigger.
 * Dates win over triggers and actors; places win over triggers.
 */
function keep(m: Mention, sentence: readonly Mention[]): boolean {
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
