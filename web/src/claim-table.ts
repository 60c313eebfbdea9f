import type { IncidentClaim } from '../../src/core/incident.ts';
import { contestClaim, uncontestClaim, type IncidentDetail } from './api.ts';
import { formatNumber, h } from './dom.ts';
import './review.css';

/**
 * An incident's claims side by side (who says what, oldest report first). A claim an analyst contests is
 * struck through, with the reason and who said so, and is left out of the figures above; analysts mark a
 * claim contested (the reason is asked for inline) or take the mark off.
 */

export interface ClaimHandlers {
  readonly token: () => string | null;
  readonly openEvent: (id: string) => void;
  /** A mark was set or taken off: the incident is shown again. */
  readonly onMarked: () => void;
}

const fieldName = (claim: IncidentClaim): string => claim.field.replace(/_/g, ' ');
const ref = (c: IncidentClaim) => ({ event_id: c.event_id, field: c.field, start: c.start, end: c.end });

export function claimTable(detail: IncidentDetail, handlers: ClaimHandlers): HTMLElement {
  const all = Object.values(detail.claims_by_field).flat();
  if (all.length === 0) return h('p', { class: 'muted' }, 'No figure is attributed to a reporter.');
  const source = new Map(detail.documents.map((d) => [d.id, d.source ?? d.title ?? d.id]));
  // The words each claim stands on, from its event's evidence: the same span, quoted and highlighted.
  const quotes = new Map(detail.events.flatMap((e) => e.evidence.map((q) => [`${e.id}\u0000${q.start}\u0000${q.end}`, q.quote] as const)));
  const status = h('p', { role: 'status', class: 'claim-status' });
  const id = detail.incident.id;

  const act = async (work: (token: string) => Promise<unknown>): Promise<void> => {
    const token = handlers.token();
    if (!token) return void (status.textContent = 'Enter an analyst token (top right) to mark claims.');
    try {
      await work(token);
      handlers.onMarked();
    } catch (error) {
      status.textContent = `Not changed: ${(error as Error).message}`;
    }
  };

  /** The inline question: why is this claim contested? */
  const reasonRow = (claim: IncidentClaim, after: HTMLTableRowElement, opener: HTMLButtonElement): void => {
    after.parentElement?.querySelector('tr.contest-form')?.remove();
    const input = h('input', { id: 'contest-reason', type: 'text', required: '', maxlength: '500', autocomplete: 'off' });
    const label = h('label', { for: 'contest-reason' }, `Why is ${claim.reporter}'s ${fieldName(claim)} figure (${formatNumber(claim.value)}) contested?`);
    const cancel = h('button', { type: 'button', class: 'secondary' }, 'Cancel');
    const form = h('form', { class: 'contest' }, label, input, h('button', { type: 'submit' }, 'Mark contested'), cancel);
    const row = h('tr', { class: 'contest-form' }, h('td', { colspan: '6' }, form));
    cancel.addEventListener('click', () => (row.remove(), opener.focus()));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void act((token) => contestClaim(token, id, ref(claim), input.value));
    });
    after.after(row);
    input.focus();
  };

  const row = (claim: IncidentClaim): HTMLTableRowElement => {
    const open = h('button', { type: 'button', class: 'link' }, source.get(claim.doc_id) ?? claim.doc_id);
    open.addEventListener('click', () => handlers.openEvent(claim.event_id));
    const value = [claim.qualifier, formatNumber(claim.value)].filter(Boolean).join(' ');
    const who = `${claim.reporter}'s ${fieldName(claim)} claim`;
    const quote = quotes.get(`${claim.event_id}\u0000${claim.start}\u0000${claim.end}`);
    const mark = claim.contested
      ? h('button', { type: 'button', class: 'secondary uncontest-claim', 'aria-label': `Take the contested mark off ${who}` }, 'Undo contested')
      : h('button', { type: 'button', class: 'secondary contest-claim', 'aria-label': `Mark ${who} contested` }, 'Contest…');
    const tr = h('tr', claim.contested ? { class: 'contested', 'data-event-id': claim.event_id } : { 'data-event-id': claim.event_id },
      h('td', {}, fieldName(claim)),
      h('td', {}, claim.reporter, claim.reporter_type ? h('span', { class: 'muted' }, ` (${claim.reporter_type})`) : null,
        quote ? h('q', { class: 'claim-quote' }, h('mark', {}, quote)) : null),
      h('td', { class: 'num' }, claim.contested ? h('s', {}, value) : value),
      h('td', {}, claim.published ?? '–'),
      h('td', {}, open),
      h('td', { class: 'no-print' }, mark),
    );
    if (claim.contested) {
      tr.cells[1]!.append(h('span', { class: 'contest-note' }, ` Contested by ${claim.contested.actor}: ${claim.contested.reason} — left out of the figures`));
    }
    mark.addEventListener('click', () => (claim.contested ? void act((token) => uncontestClaim(token, id, ref(claim))) : reasonRow(claim, tr, mark)));
    return tr;
  };

  const table = h('table', { class: 'claims' }, h('caption', {}, 'Claims side by side: who says what, oldest report first (contested claims struck through, left out of the figures)'),
    h('thead', {}, h('tr', {}, ...['Field', 'Reporter', 'Value', 'Published', 'Report (opens the evidence)', 'Review'].map((t) => h('th', { scope: 'col', ...(t === 'Review' ? { class: 'no-print' } : {}) }, t)))),
    h('tbody', {}, ...all.map(row)));
  return h('div', { class: 'claims-block' }, table, status);
}
