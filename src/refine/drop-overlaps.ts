import type { Mention } from '../core/mention.ts';
import type { Refiner } from '../core/pipeline.ts';
import { overlaps } from '../core/span.ts';

/**
 * Words read two ways: "March" is a month before it is a protest, "Tal Abyad" a place before a trigger.
 * A dateline's place is where the story was filed, not where it happened. Dates win over triggers and actors; places win over triggers; of two overlapping reporters the narrower wins.
 */
const DATELINE_LEAD = 16;

/** "SANAA - An air strike ...", "BENI, Democratic Republic of Congo - ...": where the story was filed. */
function isDatelinePlace(text: string, m: Mention): boolean {
  if (m.kind !== 'place') return false;
  // Only a few characters back are read: a dateline opens its line, and long lines must cost nothing extra.
  const from = Math.max(0, m.span.start - DATELINE_LEAD);
  const before = text.slice(from, m.span.start);
  const newline = before.lastIndexOf('\n');
  if (newline < 0 && from > 0) return false;
  if (before.slice(newline + 1).trim() !== '') return false;
  return /^(?:,[^,\n-]{2,40})?\s+[-–—]\s/.test(text.slice(m.span.end, m.span.end + 50));
}

function keep(text: string, m: Mention, sentence: readonly Mention[]): boolean {
  if (isDatelinePlace(text, m)) return false;
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
  refine(ctx, state) {
    return { ...state, mentions: state.mentions.map((sentence) => sentence.filter((m) => keep(ctx.doc.text, m, sentence))) };
  },
};
