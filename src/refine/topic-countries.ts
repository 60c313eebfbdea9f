import type { Mention } from '../core/mention.ts';

/**
 * "demonstrated in Ulm against the war in Ukraine", "in solidarity with Ukraine", "refugees from Ukraine":
 * a country named as what a report is about, not as where it happened. Such a mention does not make the
 * report one about that country, so the towns it names are not held to it.
 */
const TOPIC = /\b(?:war (?:in|on|against|with)|invasion of|invaded|invading|occupation of|solidarity with|support (?:of|for)|supporting|sanctions (?:on|against)|refugees from|people of|embassy of|consulate of)\s+(?:the\s+)?$/i;

// How far back the words that make a country a topic are read.
const WINDOW = 40;

/** The mentions, less the countries named only as a topic. */
export function withoutTopicCountries(text: string, mentions: readonly (readonly Mention[])[]): Mention[][] {
  return mentions.map((list) =>
    list.filter((m) => !(m.kind === 'place' && m.level === 'country' && TOPIC.test(text.slice(Math.max(0, m.span.start - WINDOW), m.span.start)))),
  );
}
