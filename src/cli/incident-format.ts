import type { FigureRange, IncidentRecord } from '../core/incident.ts';

function range(r: FigureRange | undefined): string | null {
  if (!r) return null;
  const spread = r.low === r.high ? `${r.best}` : `${r.best} (${r.low}–${r.high})`;
  return r.contested.length > 0 ? `${spread}, contested: ${r.contested.map((c) => `${c.reporter} ${c.value}`).join('; ')}` : spread;
}

/** One line per incident: when, what, where, toll, grade, and which events and reports it gathers. */
export function formatIncident(i: IncidentRecord): string {
  const when = i.date_start === i.date_end ? (i.date_start ?? 'undated') : `${i.date_start}..${i.date_end}`;
  const where = [i.location, i.admin1, i.country].filter((x) => x !== null).join(', ') || 'unplaced';
  const killed = range(i.figures.killed);
  const wounded = range(i.figures.wounded);
  const toll = [killed && `killed ${killed}`, wounded && `wounded ${wounded}`].filter(Boolean).join(', ') || 'no figures';
  const fixed = i.locked ? ' [fixed by hand]' : '';
  return `${i.id}  ${when}  ${i.sub_event_type ?? i.event_type ?? 'untyped'}${i.kind === 'aggregate' ? ' (aggregate)' : ''}  ${where}  ${toll}  ${i.grade}${fixed}\n  events: ${i.event_ids.join(', ')}\n  documents: ${i.doc_ids.join(', ')}`;
}

/** The reasons behind an incident: its grade, and each link with the features that made it. */
export function explainIncident(i: IncidentRecord): string {
  const lines = [`${i.id}: ${i.grade} — ${i.grade_reasons.join('; ')}`];
  if (i.links.length === 0) lines.push('  a single report: nothing matched it');
  for (const link of i.links) {
    const reasons = link.reasons.map((r) => `${r.feature} ${r.weight >= 0 ? '+' : ''}${r.weight} (${r.detail})`).join(', ');
    lines.push(`  ${link.a} ~ ${link.b}: ${link.decision === 'manual' ? 'by hand' : `score ${link.score}`}: ${reasons}`);
  }
  return lines.join('\n');
}
