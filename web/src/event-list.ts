import type { EventRecord } from '../../src/core/event.ts';
import type { EventCounts } from '../../src/api/routes/stats-routes.ts';
import { colourOf } from './event-colours.ts';
import { formatNumber, h } from './dom.ts';

export interface EventPageLoader {
  /** The next page after the events shown, or null when there is none. */
  readonly next: (() => Promise<{ events: readonly EventRecord[]; next: EventPageLoader['next'] }>) | null;
}

function row(e: EventRecord, onSelect: (id: string) => void): HTMLElement {
  const open = h('button', { type: 'button', class: 'link', 'data-event-id': e.id }, 'Open');
  open.addEventListener('click', () => onSelect(e.id));
  return h('tr', {},
    h('td', {}, e.event_date ?? e.date_start ?? 'undated'),
    h('td', {}, h('span', { class: 'swatch', style: `background:${colourOf(e.event_type)}`, 'aria-hidden': 'true' }), e.event_type ?? 'untyped',
      e.kind === 'aggregate' ? h('span', { class: 'tally-note' }, ` (tally${e.date_start && e.date_end && e.date_start !== e.date_end ? `, ${e.date_start} to ${e.date_end}` : ''})`) : null),
    h('td', {}, [e.location, e.admin1, e.country].filter(Boolean).join(', ') || 'unknown place', e.geo_precision && e.geo_precision > 1 ? h('span', { class: 'area-note' }, ' (area)') : null),
    h('td', { class: 'num' }, formatNumber(e.killed_best)),
    h('td', {}, open),
  );
}

/**
 * The newest matching events as a table, a page at a time ("Show more" asks the API for the next page by
 * its cursor); each row's button opens the event (the keyboard's way in). `total`: every event the filters
 * match, tallies (totals over a period, marked in the list) among them; null: not counted.
 */
export function renderEventList(container: HTMLElement, events: readonly EventRecord[], total: EventCounts | null, onSelect: (id: string) => void, pages: EventPageLoader = { next: null }): void {
  const body = h('tbody', {}, ...events.map((e) => row(e, onSelect)));
  const status = h('p', { class: 'muted', role: 'status' });
  const more = h('button', { type: 'button', class: 'secondary more' }, 'Show more');
  let next = pages.next;
  const update = (): void => {
    const shown = body.children.length;
    const tallies = total?.by_kind.aggregate ? ` (${formatNumber(total.by_kind.aggregate)} of them ${total.by_kind.aggregate === 1 ? 'a tally' : 'tallies'})` : '';
    status.textContent = total === null ? `The newest ${shown} matching events are listed.` : `${formatNumber(total.events)} events match${tallies}; the newest ${shown} are listed.`;
    more.hidden = next === null;
  };
  more.addEventListener('click', async () => {
    if (!next) return;
    more.disabled = true;
    try {
      const page = await next();
      body.append(...page.events.map((e) => row(e, onSelect)));
      next = page.next;
    } catch (error) {
      status.textContent = `Could not load more: ${(error as Error).message}`;
      return;
    } finally {
      more.disabled = false;
    }
    update();
  });
  update();
  container.replaceChildren(
    status,
    h('table', { class: 'events' },
      h('caption', { class: 'visually-hidden' }, 'Matching events, newest first'),
      h('thead', {}, h('tr', {}, ...['Date', 'Type', 'Place', 'Killed', ''].map((t) => h('th', { scope: 'col' }, t)))),
      body,
    ),
    more,
  );
}
