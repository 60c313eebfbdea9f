import type { Extractor } from '../../core/pipeline.ts';
import type { ActorMention } from '../../core/mention.ts';
import type { InterCode } from '../../core/taxonomy.ts';
import { sentenceTokens } from '../../text/sentence-tokens.ts';
import { DEMONYMS } from '../lexicon/index.ts';

const POLICE = new Set(['police', 'policemen', 'police forces', 'police officers', 'riot police']);

/**
 * Named actors from the actor lexicon. A generic force word after a demonym ("Turkish soldiers",
 * "Nigerian troops") becomes that country's state forces.
 */
export const actorNames: Extractor = {
  name: 'actor-names',
  extract(ctx, sentence) {
    const tokens = sentenceTokens(sentence);
    return ctx.lexicons.actors.matchTokens(tokens).map((m): ActorMention => {
      const entry = m.value;
      let country = entry.country ?? null;
      let name = entry.name;
      let start = m.span.start;
      const before = tokens[m.tokenIndex - 1];
      if (entry.inter === 1 && !entry.country && before) {
        const code = DEMONYMS.get(before.norm);
        if (code) {
          country = code;
          start = before.start;
          const words = tokens.slice(m.tokenIndex, m.tokenIndex + m.tokenCount).map((t) => t.norm).join(' ');
          name = `${POLICE.has(words) ? 'Police' : 'Military'} Forces of ${code}`;
        }
      }
      if (entry.inter === 7 && before) {
        const code = DEMONYMS.get(before.norm);
        if (code) country = code;
      }
      return {
        kind: 'actor',
        span: { start, end: m.span.end },
        name,
        inter: entry.inter as InterCode,
        country,
        role: entry.role ?? 'any',
      };
    });
  },
};
