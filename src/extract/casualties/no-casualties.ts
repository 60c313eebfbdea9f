import type { CasualtyMention } from '../../core/mention.ts';
import type { Extractor } from '../../core/pipeline.ts';
import { PhraseIndex } from '../../text/phrase-index.ts';
import { sentenceTokens } from '../../text/sentence-tokens.ts';

/** Statements that nobody was hurt, or that nobody knows: ACLED codes both as 0 but they mean different things. */
const PHRASES = new PhraseIndex<'none' | 'unknown'>([
  ['no casualties', 'none'], ['no fatalities', 'none'], ['no deaths', 'none'], ['no injuries', 'none'],
  ['no one was killed', 'none'], ['no one was hurt', 'none'], ['no one was injured', 'none'], ['nobody was hurt', 'none'],
  ['nobody was killed', 'none'], ['nobody was injured', 'none'], ['no one killed', 'none'], ['no one injured', 'none'],
  ['without casualties', 'none'], ['no human casualties', 'none'], ['no loss of life', 'none'], ['no victims', 'none'],
  ['no reported casualties', 'none'], ['no fatalities were reported', 'none'], ['no injuries were reported', 'none'],
  ['casualties unknown', 'unknown'], ['unknown casualties', 'unknown'], ['fatalities unknown', 'unknown'],
  ['casualties were not reported', 'unknown'], ['casualties are unknown', 'unknown'], ['casualties were unknown', 'unknown'],
  ['no information on casualties', 'unknown'], ['casualties not reported', 'unknown'], ['casualties not known', 'unknown'],
  ['no immediate reports of casualties', 'unknown'], ['no word on casualties', 'unknown'],
  ['casualties could not be confirmed', 'unknown'], ['number of casualties is unknown', 'unknown'],
]);

export const noCasualties: Extractor = {
  name: 'no-casualties',
  extract(_ctx, sentence) {
    return PHRASES.matchTokens(sentenceTokens(sentence)).map(
      (m): CasualtyMention => ({
        kind: 'casualty',
        span: m.span,
        outcome: 'killed',
        figure: { low: 0, best: 0, high: 0, qualifier: null },
        group: 'people',
        side: null,
        partOf: false,
        additional: false,
        none: m.value,
      }),
    );
  },
};
