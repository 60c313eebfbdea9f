import type { ReporterType } from './mention.ts';
import type { EventType, SubEventType } from './taxonomy.ts';
import type { PhraseIndex } from '../text/phrase-index.ts';

export interface ActorEntry {
  readonly phrases: readonly string[];
  /** The actor name as ACLED coders write it. */
  readonly name: string;
  readonly inter: number;
  /** ISO 3166-1 alpha-2 of the country the actor belongs to, if any. */
  readonly country?: string;
  readonly role?: 'perpetrator' | 'victim' | 'any';
}

export interface ReporterEntry {
  readonly phrases: readonly string[];
  readonly name: string;
  readonly type: ReporterType;
}

export interface TriggerEntry {
  readonly phrases: readonly string[];
  readonly event_type: EventType;
  readonly sub_event_type: SubEventType;
  readonly weight: number;
}

/** Lexicons are data files (src/extract/lexicon/*.json), extendable by users; compiled once at the edge. */
export interface Lexicons {
  readonly actors: PhraseIndex<ActorEntry>;
  readonly reporters: PhraseIndex<ReporterEntry>;
  readonly triggers: PhraseIndex<TriggerEntry>;
}
