import type { Mention } from '../core/mention.ts';

/**
 * "demonstrated in Ulm against the war in Ukraine", "the invasion of Ukraine by Russia", "refugees from Ukraine":
 * a country named as what a report is about, not as where it happened. Such a mention does not make the
 * report one about that country, so the towns it names are not held to it.
 */
const TOPIC =
  /\b(?:war (?:in|on|against|with)|invasion of|invade|invaded|invading|occupation of|solidarity with|support (?:of|for)|supporting|sanctions (?:on|against)|refugees from|people of|embassy of|consulate of|(?:invasion|occupation|aggression|bombardment|bombing|war) (?:of|on|against) (?:the )?[\p{Lu}][\p{L}-]+ by)\s+(?:the\s+)?$/iu;

// How far back the words that make a country a topic are read.
const WINDOW = 60;

/** The mentions, less the countries named only as a topic. */
export function withoutTopicCountries(text: string, mentions: readonly (readonly Mention[])[]): Mention[][] {
  return mentions.map((list) =>
    list.filter((m) => !(m.kind === 'place' && m.level === 'country' && TOPIC.test(text.slice(Math.max(0, m.span.start - WINDOW), m.span.start)))),
  );
}
