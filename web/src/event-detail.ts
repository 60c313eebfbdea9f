import type { EventRecord } from '../../src/core/event.ts';
import { fetchDocument, fetchEvent } from './api.ts';
import { h } from './dom.ts';
import { colourOf } from './event-colours.ts';
import { claimsTable, figuresTable } from './event-figures.ts';
import { reviewPanel } from './review-panel.ts';
import { showSpan, sourceText } from './source-text.ts';

const TIME_PRECISION: Record<number, string> = { 1: 'day', 2: 'week', 3: 'month' };
const GEO_PRECISION: Record<number, string> = { 1: 'town', 2: 'near a town / district (area)', 3: 'province or country (area)' };

function summary(event: EventRecord): HTMLElement {
  const row = (label: string, value: string | null): HTMLElement | null => (value ? h('div', {}, h('dt', {}, label), h('dd', {}, value)) : null);
  const date = event.event_date ?? (event.date_start ? `${event.date_start} – ${event.date_end ?? ''}` : null);
  const place = [event.location, event.admin2, event.admin1, event.country].filter(Boolean).join(', ');
  return h('dl', { class: 'summary' },
    row('Date', date && `${date}${event.time_precision ? ` (precise to the ${TIME_PRECISION[event.time_precision]})` : ''}`),
    row('Place', place && `${place}${event.geo_precision ? ` — ${GEO_PRECISION[event.geo_precision]}` : ''}`),
    row('Actors', [event.actor1, event.actor2].filter(Boolean).join(' vs ') || null),
    row('Kind', event.kind === 'aggregate' ? 'aggregate (a cumulative tally, not one incident)' : 'incident'),
    row('Reported by', event.reported_by.join(', ') || null),
    row('Notes', event.notes),
    ...Object.entries(event.implied).map(([field, why]) => row(`Inferred ${field}`, why)),
  );
}

/**
 * The event's page: what happened, the figures with low/best/high and the claims behind them, the source
 * text with every quoted value highlighted, and (for analysts) the review form with its audit trail.
 */
export async function showEventDetail(container: HTMLElement, id: string, token: () => string | null, onChanged: () => void, onClose: () => void, onIncident: (id: string) => void = () => undefined): Promise<void> {
  container.hidden = false;
  container.replaceChildren(h('p', { role: 'status' }, 'Loading the event…'));
  const { event, incident_id } = await fetchEvent(id);
  const doc = await fetchDocument(event.doc_id).catch(() => null);
  const close = h('button', { type: 'button', class: 'close', 'aria-label': 'Close the event' }, '×');
  close.addEventListener('click', onClose);
  const heading = h('h2', { id: 'detail-title', tabindex: '-1' },
    h('span', { class: 'swatch', style: `background:${colourOf(event.event_type)}`, 'aria-hidden': 'true' }),
    [event.event_type ?? 'Untyped event', event.sub_event_type].filter(Boolean).join(': '));
  const source = doc ? sourceText(event, doc) : h('p', { class: 'muted' }, 'The source document is not available.');
  const review = reviewPanel(event, token, () => {
    onChanged();
    void showEventDetail(container, id, token, onChanged, onClose, onIncident);
  });
  const incident = incident_id ? h('button', { type: 'button', class: 'link', id: 'open-incident' }, incident_id) : null;
  incident?.addEventListener('click', () => onIncident(incident_id!));
  container.replaceChildren(close, heading, h('p', { class: 'muted' }, `Event ${event.id}`, incident ? ' · part of incident ' : '', incident ?? ''), summary(event),
    figuresTable(event), claimsTable(event, doc?.text ?? null, (start) => showSpan(source, start)), source, review);
  container.dataset['eventId'] = event.id;
  heading.focus();
}
