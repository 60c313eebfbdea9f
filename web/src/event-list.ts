import type { EventRecord } from '../../src/core/event.ts';
import { colourOf } from './event-colours.ts';
import { formatNumber, h } from './dom.ts';

/** The newest matching events as a table; each row's button opens the event (the keyboard's way in). `total` null: not counted. */
export function renderEventList(container: HTMLElement, events: readonly EventRecord[], total: number | null, onSelect: (id: string) => void): void {
  const rows = events.map((e) =>
    h('tr', {},
      h('td', {}, e.event_date ?? e.date_start ?? 'undated'),
      h('td', {}, h('span', { class: 'swatch', style: `background:${colourOf(e.event_type)}`, 'aria-hidden': 'true' }), e.event_type ?? 'untyped'),
      h('td', {}, [e.location, e.admin1, e.country].filter(Boolean).join(', ') || 'unknown place', e.geo_precision && e.geo_precision > 1 ? h('span', { class: 'area-note' }, ' (area)') : null),
      h('td', { class: 'num' }, formatNumber(e.killed_best)),
      h('td', {}, h('button', { type: 'button', class: 'link', 'data-event-id': e.id }, 'Open')),
    ),
  );
  for (const row of rows) row.querySelector('button')!.addEventListener('click', (ev) => onSelect((ev.currentTarget as HTMLElement).dataset['eventId']!));
  container.replaceChildren(
    h('p', { class: 'muted', role: 'status' }, total === null ? `The newest ${events.length} matching events are listed.` : `${formatNumber(total)} events match; the newest ${events.length} are listed.`),
    h('table', { class: 'events' },
      h('caption', { class: 'visually-hidden' }, 'Matching events, newest first'),
      h('thead', {}, h('tr', {}, ...['Date', 'Type', 'Place', 'Killed', ''].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, ...rows),
    ),
  );
}
