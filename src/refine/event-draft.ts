import type { DateMention, Mention, MentionOf, MentionKind } from '../core/mention.ts';

/** Sentences grouped as one event, before its fields are decided. */
export interface EventDraft {
  readonly kind: 'incident' | 'aggregate';
  readonly sentences: readonly number[];
  readonly mentions: readonly Mention[];
  /** A date carried over from nearby sentences, with the reason. */
  readonly contextDate: { readonly date: DateMention; readonly reason: string } | null;
}

export function mentionsOf<K extends MentionKind>(mentions: readonly Mention[], kind: K): MentionOf<K>[] {
  return mentions.filter((m): m is MentionOf<K> => m.kind === kind);
}
