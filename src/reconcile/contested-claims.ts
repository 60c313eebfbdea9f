import type { ClaimRef, IncidentClaim, IncidentRecord } from '../core/incident.ts';
import { figureRanges } from './incident-claims.ts';

/** An analyst's mark on one claim: contested, why, by whom, when. */
export interface ClaimMark extends ClaimRef {
  readonly reason: string;
  readonly actor: string;
  readonly at: string;
}

const REASON_PREFIX = 'an analyst contests';

export const claimKey = (c: ClaimRef): string => `${c.event_id}\u0000${c.field}\u0000${c.start}\u0000${c.end}`;

/**
 * The incident with the analysts' marks on its claims. A contested claim stays in `claims`, flagged with
 * the reason; the figures are computed again without it (as if its reporter had not spoken), and it is
 * listed beside the range under `contested`. A field whose every claim is contested has no range: no
 * credible figure is left. The grade stays what the reports make it (who did it is not in question); its
 * reasons say how many claims an analyst contests. Marks on claims the incident does not hold are ignored;
 * with no mark, the record comes back as `buildIncident` made it.
 */
export function withClaimMarks(incident: IncidentRecord, marks: readonly ClaimMark[]): IncidentRecord {
  const byKey = new Map(marks.map((m) => [claimKey(m), m]));
  const claims = incident.claims.map((claim): IncidentClaim => {
    const { contested: _old, ...plain } = claim;
    const mark = byKey.get(claimKey(claim));
    return mark ? { ...plain, contested: { reason: mark.reason, actor: mark.actor, at: mark.at } } : plain;
  });
  const marked = claims.filter((c) => c.contested !== undefined);
  const figures = figureRanges(claims.filter((c) => c.contested === undefined));
  for (const claim of marked) {
    const range = figures[claim.field];
    if (range && claim.value !== null) figures[claim.field] = { ...range, contested: [...range.contested, { reporter: claim.reporter, value: claim.value }] };
  }
  const reasons = incident.grade_reasons.filter((r) => !r.startsWith(REASON_PREFIX));
  if (marked.length > 0) reasons.push(`${REASON_PREFIX} ${marked.length === 1 ? 'one claim' : `${marked.length} claims`}: ${marked.map(describe).join('; ')}`);
  return { ...incident, claims, figures, fatalities: figures['killed']?.low ?? null, grade_reasons: reasons };
}

function describe(claim: IncidentClaim): string {
  return `${claim.reporter}'s ${claim.field.replace(/_/g, ' ')} ${claim.value ?? '?'} (${claim.contested!.reason})`;
}
