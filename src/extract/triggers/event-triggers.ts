import type { Extractor } from '../../core/pipeline.ts';
import type { TriggerMention } from '../../core/mention.ts';
import { quote } from '../../core/span.ts';
import { sentenceTokens } from '../../text/sentence-tokens.ts';

/** Words and phrases that name what happened ("airstrike", "clashes", "protest"), typed by the trigger lexicon. */
export const eventTriggers: Extractor = {
  name: 'event-triggers',
  extract(ctx, sentence) {
    return ctx.lexicons.triggers.matchTokens(sentenceTokens(sentence)).map(
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
