import { SCORED_FIELDS } from './field-scores.ts';
import type { DocumentScore } from './score-document.ts';
import type { EvalSummary } from './summarise-scores.ts';
import { formatTable, share } from './text-table.ts';

/** The people's report of a gold evaluation: field accuracies, event P/R/F1, per-document detail. */
export function formatGoldReport(summary: EvalSummary, scores: readonly DocumentScore[], verbose: boolean): string {
  const fieldRows = SCORED_FIELDS.map((field) => {
    const t = summary.fields[field];
    return [field, t.n, t.right, share(t.accuracy)];
  });
  const e = summary.events;
  const parts = [
    `${summary.documents} document(s)`,
    '',
    formatTable(['field', 'n', 'right', 'accuracy'], fieldRows),
    '',
    formatTable(
      ['events', 'gold', 'predicted', 'tp', 'fp', 'fn', 'precision', 'recall', 'f1'],
      [['required', e.gold, e.predicted, e.truePositives, e.falsePositives, e.falseNegatives, share(e.precision), share(e.recall), share(e.f1)]],
    ),
  ];
  if (verbose) parts.push('', ...scores.map(formatDocument));
  return parts.join('\n');
}

function formatDocument(score: DocumentScore): string {
  const lines = [`${score.doc}: ${score.predicted} predicted; tp ${score.truePositives}, fp ${score.falsePositives}, fn ${score.falseNegatives}`];
  for (const pair of score.pairs) {
    const wrong = pair.fields.filter((f) => !f.right);
    const tag = pair.gold.required ? '' : ' (optional)';
    const detail = wrong.map((f) => `${f.field} gold ${show(f.gold)} got ${show(f.predicted)}`).join('; ');
    lines.push(`  ${pair.gold.id}${tag} <- ${pair.predicted.id}: ${pair.fields.length - wrong.length}/${pair.fields.length} right${detail ? `; ${detail}` : ''}`);
  }
  for (const id of score.missed) lines.push(`  missed ${id}`);
  for (const id of score.spurious) lines.push(`  unmatched prediction ${id}`);
  return lines.join('\n');
}

function show(value: unknown): string {
  return value === null || value === undefined ? '-' : JSON.stringify(value);
}
