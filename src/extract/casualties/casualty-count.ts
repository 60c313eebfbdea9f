import type { CasualtyMention, Outcome } from '../../core/mention.ts';
import type { Extractor } from '../../core/pipeline.ts';
import { sentenceTokens } from '../../text/sentence-tokens.ts';
import type { Token } from '../../text/tokens.ts';
import { findCountedPhrases, type CountedPhrase } from './counted-phrases.ts';
import { BREAKDOWN_CUES, LINKING, OUTCOME_AFTER, OUTCOME_BEFORE } from './outcome-words.ts';

const RIGHT_WINDOW = 7;
const LEFT_WINDOW = 3;

/** "21 civilians were killed", "4 people, including a girl, were killed": the outcome after the phrase. */
function outcomeAfter(tokens: readonly Token[], phrase: CountedPhrase): Outcome | null {
  let skipped = 0;
  for (let k = phrase.to; k < tokens.length && skipped <= RIGHT_WINDOW; k += 1) {
    const word = tokens[k]!.norm;
    const outcome = OUTCOME_AFTER.get(word);
    if (outcome) return outcome;
    if (BREAKDOWN_CUES.has(word)) {
      skipped += 1;
      continue;
    }
    if (!LINKING.has(word) && skipped > 0 && !BREAKDOWN_CUES.has(tokens[phrase.to]?.norm ?? '')) return null;
    skipped += 1;
  }
  return null;
}

/** "killing 13 people", "the death of 8 persons", "death toll rose to 40": the outcome before the phrase. */
function outcomeBefore(tokens: readonly Token[], phrase: CountedPhrase): Outcome | null {
  for (let k = phrase.from - 1; k >= 0 && k >= phrase.from - LEFT_WINDOW; k -= 1) {
    const outcome = OUTCOME_BEFORE.get(tokens[k]!.norm);
    if (outcome) return outcome;
  }
  return null;
}

/** Where a breakdown list starts: "including", "among them", "among the slain were". */
function breakdownCue(tokens: readonly Token[], phrase: CountedPhrase, listStart: number): Outcome | 'same' | null {
  for (let k = phrase.from - 1; k >= Math.max(0, listStart - 4); k -= 1) {
    const word = tokens[k]!.norm;
    if (word === 'including' || word === 'includes' || word === 'include') return 'same';
    if (word === 'among' || word === 'of') {
      const next = tokens[k + 1]?.norm === 'the' ? tokens[k + 2]?.norm : tokens[k + 1]?.norm;
      if (next === 'them' || next === 'whom') return 'same';
      return OUTCOME_AFTER.get(next ?? '') ?? (next === 'victims' || next === 'casualties' ? 'same' : null);
    }
  }
  return null;
}

/** Casualty figures in a sentence: killed, wounded, displaced, with victim group, qualifier and breakdowns. */
export const casualtyCount: Extractor = {
  name: 'casualty-count',
  extract(_ctx, sentence) {
    const tokens = sentenceTokens(sentence);
    const phrases = findCountedPhrases(tokens);
    const found: CasualtyMention[] = [];
    let lastOutcome: Outcome | null = null;
    let listStart = 0;
    for (let p = 0; p < phrases.length; p += 1) {
      const phrase = phrases[p]!;
      // A list continues while phrases are only joined by commas and "and": "9 children, a woman, and 3 paramedics".
      const previous = phrases[p - 1];
      const inList = previous !== undefined && phrase.from - previous.to <= 1;
      if (!inList) listStart = phrase.from;
      const cue = breakdownCue(tokens, phrase, listStart);
      let outcome: Outcome | null;
      let partOf = false;
      if (cue) {
        partOf = true;
        outcome = cue === 'same' ? (outcomeAfter(tokens, phrase) ?? lastOutcome ?? 'killed') : cue;
      } else {
        outcome = outcomeAfter(tokens, phrase) ?? outcomeBefore(tokens, phrase);
      }
      if (!outcome) continue;
      lastOutcome = outcome;
      found.push({
        kind: 'casualty',
        span: phrase.span,
        outcome,
        figure: phrase.figure,
        group: phrase.group ?? 'people',
        side: phrase.modifier,
        partOf,
        additional: phrase.additional,
      });
    }
    return found;
  },
};
