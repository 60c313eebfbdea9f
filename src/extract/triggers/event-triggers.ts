import type { Extractor } from '../../core/pipeline.ts';
import type { TriggerMention } from '../../core/mention.ts';
import { quote } from '../../core/span.ts';
import { sentenceTokens } from '../../text/sentence-tokens.ts';
import { isNegated } from './negated.ts';

/** Words and phrases that name what happened ("airstrike", "clashes", "protest"), typed by the trigger lexicon. */
export const eventTriggers: Extractor = {
  name: 'event-triggers',
  extract(ctx, sentence) {
    const tokens = sentenceTokens(sentence);
    return ctx.lexicons.triggers.matchTokens(tokens).filter((m) => !isNegated(tokens, m.tokenIndex)).map(
      (m): TriggerMention => ({
        kind: 'trigger',
        span: m.span,
        eventType: m.value.event_type,
        subEventType: m.value.sub_event_type,
        weight: m.value.weight,
        word: quote(ctx.doc.text, m.span).toLowerCase(),
      }),
    );
  },
};
