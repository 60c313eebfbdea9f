import type { CountKind, CountMention } from '../../core/mention.ts';
import type { Extractor } from '../../core/pipeline.ts';
import { readNumber } from '../../text/numbers.ts';
import { PhraseIndex } from '../../text/phrase-index.ts';
import { sentenceTokens } from '../../text/sentence-tokens.ts';

/** Things counted in attack reports: "more than 435 rockets", "attacks on 44 cities and towns". */
const NOUNS = new PhraseIndex<CountKind>([
  ['airstrikes', 'airstrikes'], ['air strikes', 'airstrikes'], ['air raids', 'airstrikes'], ['raids', 'airstrikes'],
  ['airstrike', 'airstrikes'], ['air strike', 'airstrikes'], ['air raid', 'airstrikes'], ['raid', 'airstrikes'],
  ['rockets', 'rockets'], ['rocket', 'rockets'], ['shells', 'shells'], ['shell', 'shells'], ['mortar shells', 'shells'],
  ['mortar rounds', 'shells'], ['artillery shells', 'shells'], ['barrel bombs', 'barrel_bombs'], ['barrel bomb', 'barrel_bombs'],
  ['missiles', 'missiles'], ['missile', 'missiles'], ['drones', 'drones'], ['drone', 'drones'],
  ['cities and towns', 'localities_attacked'], ['towns and villages', 'localities_attacked'], ['villages', 'localities_attacked'],
  ['localities', 'localities_attacked'], ['communities', 'localities_attacked'], ['crop fires', 'crop_fires'], ['fires', 'crop_fires'],
  ['medical centers', 'facilities_medical'], ['medical centres', 'facilities_medical'], ['medical facilities', 'facilities_medical'],
  ['hospitals', 'facilities_medical'], ['health facilities', 'facilities_medical'], ['clinics', 'facilities_medical'],
  ['schools', 'facilities_schools'], ['school', 'facilities_schools'], ['houses', 'houses'], ['homes', 'houses'],
]);

export const attackCounts: Extractor = {
  name: 'attack-counts',
  extract(_ctx, sentence) {
    const tokens = sentenceTokens(sentence);
    const found: CountMention[] = [];
    for (let i = 0; i < tokens.length; i += 1) {
      const first = tokens[i]!.norm;
      if (first === 'a' || first === 'an') continue;
      const number = readNumber(tokens, i);
      if (!number) continue;
      const noun = NOUNS.matchAt(tokens, number.to, 3);
      if (noun) {
        found.push({
          kind: 'count',
          span: { start: tokens[i]!.start, end: noun.span.end },
          what: noun.value,
          figure: number.figure,
        });
        i = number.to + noun.tokenCount - 1;
      }
    }
    return found;
  },
};
