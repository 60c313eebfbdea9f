import { ACLED_FIELDS } from './score-acled.ts';
import type { AcledSummary, Confusion } from './summarise-acled.ts';
import { formatTable, share } from './text-table.ts';

const CONFUSION_LINES = 25;

/** The people's report of the ACLED-notes evaluation: accuracy per field beside the targets. */
export function formatAcledReport(summary: AcledSummary, verbose: boolean): string {
  const rows = ACLED_FIELDS.map((field) => {
    const t = summary.fields[field];
    const status = t.meetsTarget === null ? '' : t.meetsTarget ? 'yes' : 'no';
    return [field, t.n, t.right, share(t.accuracy), t.target === null ? '' : `>= ${t.target.toFixed(2)}`, status, share(t.accuracyWithEvent)];
  });
  const parts = [
    `${summary.rows} row(s); ${summary.rowsWithoutEvent} with no incident predicted (scored wrong on every field)`,
    '',
    formatTable(['field', 'n', 'right', 'accuracy', 'target', 'met', 'acc. given event'], rows),
  ];
  if (verbose) {
    parts.push('', 'event_type errors (gold -> predicted):', confusionTable(summary.eventTypeErrors));
    parts.push('', `sub_event_type errors, top ${CONFUSION_LINES} (gold -> predicted):`, confusionTable(summary.subEventTypeErrors.slice(0, CONFUSION_LINES)));
  }
  return parts.join('\n');
}

function confusionTable(errors: readonly Confusion[]): string {
  if (errors.length === 0) return '  (none)';
  return formatTable(['count', 'gold', 'predicted'], errors.map((e) => [e.count, e.gold, e.predicted]));
}
