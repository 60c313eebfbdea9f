import type { Document } from '../core/document.ts';
import type { EventRecord } from '../core/event.ts';
import { itemsFromDocuments } from '../reconcile/items-from-documents.ts';
import { reconcile } from '../reconcile/reconcile.ts';
import { scoreIncidentPairs, type PairScores } from './incident-pairs.ts';
import type { ClusterCase } from './load-clusters.ts';

/** Reconciles the reports of a cluster case and scores the pairs; `read` is the extraction to use. */
export function evalIncidents(cases: ClusterCase, read: (doc: Document) => readonly EventRecord[]): PairScores & { incidents: number } {
  const nameOf = new Map(cases.reports.map((r) => [r.doc.id, r.name]));
  const items = itemsFromDocuments(cases.reports.map(({ doc }) => ({ doc, events: read(doc) })));
  const incidents = reconcile(items).map((r) => r.incident);
  const predicted = incidents.map((incident) => incident.doc_ids.map((d) => nameOf.get(d) ?? d));
  return { ...scoreIncidentPairs(cases.clusters, predicted), incidents: incidents.length };
}

export function formatPairScores(scores: PairScores & { incidents: number }): string {
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  const lines = [
    `reconciliation: ${scores.reports} reports, ${scores.incidents} incidents`,
    `  pairwise precision ${pct(scores.precision)}  recall ${pct(scores.recall)}  ` +
      `(${scores.true_positives} pairs right, ${scores.false_positives} wrongly joined, ${scores.false_negatives} wrongly apart)`,
  ];
  for (const w of scores.wrong) lines.push(`  ${w.gold ? 'apart, should be one' : 'joined, should be apart'}: ${w.a} ${w.b}`);
  return lines.join('\n');
}
