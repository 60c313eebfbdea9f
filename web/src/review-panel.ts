import type { EventRecord } from '../../src/core/event.ts';
import { correctEvent, fetchAudit, revertAudit } from './api.ts';
import { auditList } from './audit-list.ts';
import { h } from './dom.ts';
import { EVENT_TYPE_NAMES } from './event-colours.ts';

/**
 * The analyst's corrections to one event: a form of the reviewable fields, then the audit trail with a
 * revert button per change. Only the fields that changed are sent; the server audits and keeps them.
 */

const FIELDS = [
  ['event_type', 'Event type', 'select'], ['event_date', 'Date', 'date'], ['location', 'Place', 'text'], ['admin1', 'Admin 1', 'text'],
  ['killed_low', 'Killed (low)', 'number'], ['killed_best', 'Killed (best)', 'number'], ['killed_high', 'Killed (high)', 'number'],
] as const;

type Field = (typeof FIELDS)[number][0];

function input(field: Field, label: string, kind: string, value: unknown): HTMLElement {
  const id = `review-${field}`;
  const control =
    kind === 'select'
      ? h('select', { id, name: field }, ...EVENT_TYPE_NAMES.map((t) => h('option', t === value ? { value: t, selected: '' } : { value: t }, t)))
      : h('input', { id, name: field, type: kind, value: value === null || value === undefined ? '' : String(value), ...(kind === 'number' ? { min: '0', step: '1' } : {}) });
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}

export function reviewPanel(event: EventRecord, token: () => string | null, onChanged: (event: EventRecord) => void): HTMLElement {
  const status = h('p', { role: 'status', class: 'review-status' });
  const trail = h('div', {});
  const refreshTrail = async (): Promise<void> => {
    const { entries } = await fetchAudit(event.id);
    trail.replaceChildren(auditList(entries, async (seq) => {
      const current = token();
      if (!current) return void (status.textContent = 'Enter an analyst token to revert.');
      try {
        const result = await revertAudit(current, seq);
        if ('event' in result) onChanged(result.event);
      } catch (error) {
        status.textContent = `Revert failed: ${(error as Error).message}`;
      }
    }));
  };
  const form = h('form', { class: 'review', 'aria-label': 'Correct this event' },
    ...FIELDS.map(([field, label, kind]) => input(field, label, kind, event[field])),
    h('button', { type: 'submit' }, 'Save corrections'),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const current = token();
    if (!current) return void (status.textContent = 'Enter an analyst token (top right) to correct events.');
    const data = new FormData(form);
    const changes: Record<string, unknown> = {};
    for (const [field, , kind] of FIELDS) {
      const raw = String(data.get(field) ?? '').trim();
      const value = raw === '' ? null : kind === 'number' ? Number(raw) : raw;
      if (value !== event[field]) changes[field] = value;
    }
    if (Object.keys(changes).length === 0) return void (status.textContent = 'Nothing changed.');
    try {
      const result = await correctEvent(current, event.id, changes);
      onChanged(result.event);
    } catch (error) {
      status.textContent = `Not saved: ${(error as Error).message}`;
    }
  });
  void refreshTrail().catch((error: Error) => (trail.textContent = `Audit trail unavailable: ${error.message}`));
  return h('section', { class: 'review-panel', 'aria-label': 'Review' }, h('h3', {}, 'Review'), form, status, h('h4', {}, 'Audit trail'), trail);
}
