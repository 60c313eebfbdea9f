import { fetchAudit, fetchIncident, mergeIncidents, revertAudit, splitIncident, type IncidentDetail } from './api.ts';
import { auditList } from './audit-list.ts';
import { claimTable } from './claim-table.ts';
import { formatNumber, h } from './dom.ts';
import { colourOf } from './event-colours.ts';

/**
 * An incident's page: the reconciled record across reports. Its grade and why, each figure's low/best/high
 * with every claim beside it (who says what, and where), its sources, and its events (each opens with its
 * evidence). Analysts split events off or merge other incidents into it; the server audits both. Printable:
 * the print stylesheet keeps this panel alone, without its controls.
 */

export interface IncidentHandlers {
  readonly token: () => string | null;
  readonly openEvent: (id: string) => void;
  readonly openIncident: (id: string) => void;
  readonly onChanged: () => void;
  readonly onClose: () => void;
}

function figures(detail: IncidentDetail): HTMLElement {
  const rows = Object.entries(detail.incident.figures).map(([field, range]) =>
    h('tr', {}, h('th', { scope: 'row' }, field.replace(/_/g, ' ')),
      h('td', { class: 'num' }, formatNumber(range.low)), h('td', { class: 'num best' }, formatNumber(range.best)), h('td', { class: 'num' }, formatNumber(range.high)),
      h('td', {}, range.contested.map((c) => `${c.reporter}: ${formatNumber(c.value)}`).join('; ') || '–')),
  );
  return h('table', { class: 'figures' }, h('caption', {}, 'Figures across reports (low / best / high; contested claims kept apart)'),
    h('thead', {}, h('tr', {}, ...['', 'Low', 'Best', 'High', 'Contested by'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, ...rows));
}

function events(detail: IncidentDetail, handlers: IncidentHandlers): HTMLElement {
  const rows = detail.events.map((e) => {
    const open = h('button', { type: 'button', class: 'link' }, 'Open');
    open.addEventListener('click', () => handlers.openEvent(e.id));
    return h('li', {}, h('label', { class: 'no-print' }, h('input', { type: 'checkbox', name: 'split', value: e.id }), ' '),
      `${e.event_date ?? e.date_start ?? 'undated'} · ${e.source ?? e.doc_id} · ${e.event_type ?? 'untyped'} · killed ${formatNumber(e.killed_best)} `, open);
  });
  return h('ul', { class: 'incident-events', 'aria-label': 'Events of this incident' }, ...rows);
}

function editForm(detail: IncidentDetail, handlers: IncidentHandlers, list: HTMLElement): HTMLElement {
  const status = h('p', { role: 'status', class: 'edit-status' });
  const split = h('button', { type: 'button', class: 'secondary', id: 'split-incident' }, 'Split the ticked events into a new incident');
  const others = h('input', { id: 'merge-ids', type: 'text', placeholder: 'inc-…, inc-…' });
  const merge = h('button', { type: 'button', class: 'secondary', id: 'merge-incident' }, 'Merge into this incident');
  const run = async (work: (token: string) => Promise<string>): Promise<void> => {
    const token = handlers.token();
    if (!token) return void (status.textContent = 'Enter an analyst token (top right) to edit incidents.');
    try {
      const next = await work(token);
      handlers.onChanged();
      handlers.openIncident(next);
    } catch (error) {
      status.textContent = `Not changed: ${(error as Error).message}`;
    }
  };
  split.addEventListener('click', () => void run(async (token) => {
    const ticked = [...list.querySelectorAll<HTMLInputElement>('input[name=split]:checked')].map((i) => i.value);
    if (ticked.length === 0) throw new Error('tick the events to split off first');
    return (await splitIncident(token, detail.incident.id, ticked)).incidents[1]!.id;
  }));
  merge.addEventListener('click', () => void run(async (token) => {
    const ids = others.value.split(/[\s,]+/).filter(Boolean);
    if (ids.length === 0) throw new Error('name the incidents to merge in');
    return (await mergeIncidents(token, [detail.incident.id, ...ids])).incident.id;
  }));
  return h('section', { class: 'review-panel no-print', 'aria-label': 'Edit this incident' }, h('h3', {}, 'Edit'), split,
    h('div', { class: 'review' }, h('div', { class: 'field' }, h('label', { for: 'merge-ids' }, 'Other incidents'), others), merge), status);
}

/** The incident's audit trail (merges, splits, claim marks), with Revert on the claim marks. */
function auditTrail(id: string, token: () => string | null, onReverted: () => void): HTMLElement {
  const status = h('p', { role: 'status', class: 'trail-status' });
  const list = h('div', {}, h('p', { class: 'muted' }, 'Loading the audit trail…'));
  void fetchAudit(id).then(({ entries }) => list.replaceChildren(auditList(entries, async (seq) => {
    const current = token();
    if (!current) return void (status.textContent = 'Enter an analyst token to revert.');
    try {
      await revertAudit(current, seq);
      onReverted();
    } catch (error) {
      status.textContent = `Revert failed: ${(error as Error).message}`;
    }
  }))).catch((error: Error) => list.replaceChildren(h('p', { role: 'alert' }, `Audit trail unavailable: ${error.message}`)));
  return h('section', { class: 'incident-audit no-print', 'aria-label': 'Audit trail of this incident' }, h('h3', {}, 'Audit trail'), list, status);
}

export async function showIncidentDetail(container: HTMLElement, id: string, handlers: IncidentHandlers): Promise<void> {
  container.hidden = false;
  container.replaceChildren(h('p', { role: 'status' }, 'Loading the incident…'));
  const detail = await fetchIncident(id);
  const { incident } = detail;
  const close = h('button', { type: 'button', class: 'close no-print', 'aria-label': 'Close the incident' }, '×');
  close.addEventListener('click', handlers.onClose);
  const print = h('button', { type: 'button', class: 'secondary no-print', id: 'print-incident' }, 'Print summary');
  print.addEventListener('click', () => window.print());
  const heading = h('h2', { id: 'detail-title', tabindex: '-1' }, h('span', { class: 'swatch', style: `background:${colourOf(incident.event_type)}`, 'aria-hidden': 'true' }),
    [incident.event_type ?? 'Untyped incident', incident.sub_event_type].filter(Boolean).join(': '));
  const place = [incident.location, incident.admin2, incident.admin1, incident.country].filter(Boolean).join(', ');
  const dates = incident.date_start === incident.date_end ? incident.date_start : `${incident.date_start ?? '?'} – ${incident.date_end ?? '?'}`;
  const list = events(detail, handlers);
  const reopen = (): void => {
    handlers.onChanged();
    handlers.openIncident(incident.id);
  };
  const trail = auditTrail(incident.id, handlers.token, reopen);
  container.replaceChildren(close, heading, h('p', { class: 'muted' }, `Incident ${incident.id} · ${incident.event_ids.length} reports`), print,
    h('dl', { class: 'summary' },
      h('div', {}, h('dt', {}, 'Grade'), h('dd', { class: `grade grade-${incident.grade}` }, incident.grade)),
      h('div', {}, h('dt', {}, 'Why'), h('dd', {}, incident.grade_reasons.join('; ') || '–')),
      h('div', {}, h('dt', {}, 'Date'), h('dd', {}, dates ?? 'undated')),
      h('div', {}, h('dt', {}, 'Place'), h('dd', {}, place || 'unknown', incident.geo_precision && incident.geo_precision > 1 ? ' (area)' : '')),
      h('div', {}, h('dt', {}, 'Actors'), h('dd', {}, incident.actors.join(', ') || '–')),
      h('div', {}, h('dt', {}, 'Fatalities (ACLED)'), h('dd', {}, formatNumber(incident.fatalities)))),
    figures(detail), claimTable(detail, { token: handlers.token, openEvent: handlers.openEvent, onMarked: reopen }),
    h('h3', {}, 'Sources'), h('ul', {}, ...detail.documents.map((d) => h('li', {}, [d.source, d.title, d.published].filter(Boolean).join(' · '), d.url ? h('span', { class: 'url' }, ` ${d.url}`) : null))),
    h('h3', {}, 'Reports (events)'), list, editForm(detail, handlers, list), trail);
  container.dataset['incidentId'] = incident.id;
  heading.focus();
}
