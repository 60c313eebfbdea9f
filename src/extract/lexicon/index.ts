import type { ActorEntry, Lexicons, ReporterEntry, TriggerEntry } from '../../core/lexicons.ts';
import { PhraseIndex } from '../../text/phrase-index.ts';
import actors from './actors.json' with { type: 'json' };
import demonyms from './demonyms.json' with { type: 'json' };
import groups from './groups.json' with { type: 'json' };
import reporters from './reporters.json' with { type: 'json' };
import triggers from './triggers.json' with { type: 'json' };

/** Entries a user adds (from the data directory's lexicon folder); they win over the defaults. */
export interface LexiconExtensions {
  readonly actors?: readonly ActorEntry[];
  readonly reporters?: readonly ReporterEntry[];
  readonly triggers?: readonly TriggerEntry[];
}

export function buildLexicons(extra: LexiconExtensions = {}): Lexicons {
  return {
    actors: PhraseIndex.fromEntries([...(extra.actors ?? []), ...(actors as ActorEntry[])]),
    reporters: PhraseIndex.fromEntries([...(extra.reporters ?? []), ...(reporters as ReporterEntry[])]),
    triggers: PhraseIndex.fromEntries([...(extra.triggers ?? []), ...(triggers as TriggerEntry[])]),
  };
}

/** Demonym ("syrian") to ISO 3166-1 alpha-2; null where it names no single country ("kurdish"). */
export const DEMONYMS: ReadonlyMap<string, string | null> = new Map(Object.entries(demonyms));

export type VictimGroupName = keyof typeof groups;

/** Victim nouns ("paramedics", "troops") to the group they belong to. */
/** One-word victim nouns ("general", "herder"): a person named again by "the" is one of these. */
export const VICTIM_WORDS: ReadonlySet<string> = new Set(Object.values(groups).flat().filter((noun) => !noun.includes(' ')));

export const VICTIM_GROUPS: PhraseIndex<VictimGroupName> = new PhraseIndex(
  Object.entries(groups).flatMap(([group, nouns]) => nouns.map((noun) => [noun, group as VictimGroupName] as const)),
);
