import type { AuditEntry } from './api.ts';
import { h } from './dom.ts';

/**
 * An audit trail, newest first: when, who, what, before → after. The changes a person can undo (an event's
 * correction, a claim's contested mark) carry a Revert button; the server audits the revert too.
 */

const REVERTIBLE: Readonly<Record<string, readonly string[]>> = { event: ['correct'], incident: ['contest', 'uncontest'] };

const WHAT: Readonly<Record<string, string>> = { contest: 'marked a claim contested', uncontest: 'took the contested mark off a claim' };

interface MarkState {
  readonly claim?: { event_id: string; field: string };
  readonly contested?: { reason: string } | null;
}

/** What an entry changed: in words for a claim's mark (or its revert), else the JSON the log keeps. */
function change(entry: AuditEntry): string {
  const after = entry.entity === 'incident' && entry.after_json ? (JSON.parse(entry.after_json) as MarkState) : null;
  if (!after?.claim) return `${entry.before_json ?? 'null'} → ${entry.after_json ?? 'null'}`;
  const claim = `${after.claim.field.replace(/_/g, ' ')} claim of ${after.claim.event_id}`;
  return after.contested ? `${claim} contested: ${after.contested.reason}` : `${claim} not contested`;
}

export function auditList(entries: readonly AuditEntry[], onRevert: (seq: number) => void): HTMLElement {
  if (entries.length === 0) return h('p', { class: 'muted' }, 'No reviews yet.');
  return h('ol', { class: 'audit', 'aria-label': 'Audit trail' }, ...entries.map((entry) => {
    const revertible = REVERTIBLE[entry.entity]?.includes(entry.action) ?? false;
    const button = revertible ? h('button', { type: 'button', class: 'link', 'aria-label': `Revert change ${entry.seq} (${entry.action})` }, 'Revert') : null;
    button?.addEventListener('click', () => onRevert(entry.seq));
    return h('li', { 'data-seq': String(entry.seq) },
      h('span', { class: 'audit-head' }, `${entry.at.replace('T', ' ').slice(0, 19)} · ${entry.actor} · ${(entry.entity === 'incident' && WHAT[entry.action]) || entry.action}`), ' ',
      h('code', {}, change(entry)), ' ', button);
  }));
}
