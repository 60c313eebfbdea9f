import type { Document } from '../core/document.ts';
import type { EventRecord } from '../core/event.ts';
import type { DocumentFacts } from '../core/incident.ts';
import { eventWords } from './event-words.ts';
import { wireOf } from './independent-sources.ts';
import type { ReconcileItem } from './reconcile-item.ts';

export function documentFacts(doc: Pick<Document, 'id' | 'source' | 'published' | 'text'>): DocumentFacts {
  return { id: doc.id, source: doc.source, published: doc.published, wire: wireOf(doc.source, doc.text) };
}

/** Reconciliation items for documents read in full: facts and distinctive words from each one's text. */
export function itemsFromDocuments(read: readonly { doc: Document; events: readonly EventRecord[] }[]): ReconcileItem[] {
  return read.flatMap(({ doc, events }) => {
    const facts = documentFacts(doc);
    return events.map((event) => ({ event, facts, words: eventWords(event, doc.text) }));
  });
}
